package nl.schoolsupport.poortwachter.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What support staff need to answer "the tile is not visible": one row per school and directory. Holds no
 * personal data: error messages are written without names or ids of people.
 *
 * @param source              the directory (realm id), e.g. {@code basispoort}
 * @param sourceSchoolId      the directory's id of the school
 * @param school              the school key, once the first import read the school's details
 * @param schoolName          the school's name, once known
 * @param permission          granted or withdrawn
 * @param permissionGrantedOn the date the grant was first seen in the feed (within a day of the toggle)
 * @param permissionWithdrawnOn the date the withdrawal was seen, if the school withdrew (kept after a new grant)
 * @param lastAttemptAt       the last time a run tried this school
 * @param lastSuccessAt       the last time a run imported it completely
 * @param counts              sizes as of the last successful import
 * @param lastErrorCode       the error code of the last attempt, if it failed (or a listener failed after it)
 * @param lastError           the message that goes with it
 */
public record SchoolSyncStatus(
        String source,
        String sourceSchoolId,
        Optional<SchoolKey> school,
        Optional<String> schoolName,
        PermissionState permission,
        Optional<LocalDate> permissionGrantedOn,
        Optional<LocalDate> permissionWithdrawnOn,
        Optional<Instant> lastAttemptAt,
        Optional<Instant> lastSuccessAt,
        SyncCounts counts,
        Optional<String> lastErrorCode,
        Optional<String> lastError) {

    public SchoolSyncStatus {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceSchoolId, "sourceSchoolId");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(counts, "counts");
    }

    public boolean permitted() {
        return permission == PermissionState.GRANTED;
    }

    /** The last attempt failed (as opposed to: a listener failed after a successful import). */
    public boolean lastAttemptFailed() {
        return lastAttemptAt.isPresent() && (lastSuccessAt.isEmpty() || lastSuccessAt.get().isBefore(lastAttemptAt.get()));
    }

    /** Name and key for lists: "OBS De Regenboog (BRIN:12AB00)", or the directory id before the first import. */
    public String label() {
        String key = school.map(SchoolKey::asText).orElse(source + " #" + sourceSchoolId);
        return schoolName.map(n -> n + " (" + key + ")").orElse(key);
    }
}
