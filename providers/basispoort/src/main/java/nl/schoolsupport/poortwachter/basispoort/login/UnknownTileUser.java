package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.realm.NotProvisionedException;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.UnknownUserExplanation;

/**
 * For the ACS error page: a Basispoort login that found no account is not an error of the user, but (almost always)
 * a school whose data has not been synchronised yet. This turns the failure into the sync's explanation ("your
 * school's data has not been synchronised yet — check the toggle for Uitgeverij Schoolsupport in Basispoort; data
 * arrives the night after"), with the school's checklist for the helpdesk.
 */
public final class UnknownTileUser {

    private UnknownTileUser() {
    }

    /**
     * @param failure what {@code subject.login(...)} threw (Shiro wraps it; the cause chain is searched)
     * @param status  the Basispoort sync's status service
     * @return the explanation when {@code failure} is a {@link NotProvisionedException} of realm {@code basispoort};
     *         empty for every other failure (show its error code as usual)
     */
    public static Optional<UnknownUserExplanation> explain(Throwable failure, SyncStatusService status) {
        Objects.requireNonNull(status, "status");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotProvisionedException refused && BasispoortLoginRealm.ID.equals(refused.realmId())) {
                return Optional.of(status.explainUnknownUser(refused.school()));
            }
        }
        return Optional.empty();
    }
}
