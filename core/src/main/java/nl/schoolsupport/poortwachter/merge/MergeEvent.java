package nl.schoolsupport.poortwachter.merge;

import java.util.Objects;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What a {@link MergeParticipant} is told: this merge moves {@code absorbed} into {@code survivor} (or, on undo,
 * back). Both accounts belong to {@code school}.
 */
public record MergeEvent(MergeId mergeId, SchoolKey school, AccountId absorbed, AccountId survivor) {

    public MergeEvent {
        Objects.requireNonNull(mergeId, "mergeId");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(absorbed, "absorbed");
        Objects.requireNonNull(survivor, "survivor");
    }
}
