package nl.schoolsupport.poortwachter.sync;

import java.util.List;
import java.util.Locale;

/**
 * Why a directory login (Basispoort tile) found no account, for the page the user sees instead of an error:
 * "your school's data has not been synchronised yet". See {@link SyncStatusService#explainUnknownUser}.
 */
public enum UnknownUserReason {
    /** We never received permission for the school: the toggle is off (or was never turned on). */
    NO_PERMISSION,
    /** The school turned the toggle off. */
    PERMISSION_WITHDRAWN,
    /** Permission arrived, the first synchronisation has not (successfully) run yet: tomorrow morning it works. */
    NOT_YET_SYNCHRONISED,
    /** The school is synchronised, but this user was not in it at the last synchronisation (new since). */
    NOT_IN_LAST_SYNCHRONISATION,
    /** The login did not say which school the user belongs to. */
    SCHOOL_NOT_SAID;

    /** The sentence for the user, Dutch or English. */
    public String text(Locale locale) {
        return SyncMessages.text(locale, "unknown." + name(), List.of());
    }
}
