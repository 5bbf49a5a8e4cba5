package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Objects;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.merge.MergeEvent;
import nl.schoolsupport.poortwachter.merge.MergeParticipant;

/**
 * A merged pupil keeps the own code: the login moves to the surviving account (when that has none yet), so
 * Beheer shows it there and a reset or deactivation acts on the right pupil; undo moves it back. Logging in
 * already works either way, because the identity itself moves with the merge.
 */
public final class PupilCodeMergeParticipant implements MergeParticipant {

    static final String MOVED = "moved";

    private final PupilCredentialStore credentials;

    @Inject
    public PupilCodeMergeParticipant(PupilCredentialStore credentials) {
        this.credentials = Objects.requireNonNull(credentials);
    }

    @Override
    public String id() {
        return "pupil-code";
    }

    @Override
    public String merge(MergeEvent event) {
        return credentials.moveToAccount(event.absorbed(), event.survivor()) ? MOVED : "";
    }

    @Override
    public void undo(MergeEvent event, String memo) {
        if (MOVED.equals(memo)) {
            credentials.moveToAccount(event.survivor(), event.absorbed());
        }
    }

    @Override
    public long dataCount(AccountId account) {
        return 0;
    }
}
