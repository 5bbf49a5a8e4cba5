package nl.schoolsupport.poortwachter.sync;

import java.time.LocalDate;

/**
 * A directory that supplies schools, groups, pupils and staff, and tells which schools allow us to read
 * them (Basispoort's "synchronisation permission", the publisher toggle). {@link SyncJob} drives it; the
 * Basispoort REST client is the shipped implementation.
 *
 * <p>Every method may be called from several worker threads at once and must be safe for that. Failures
 * are thrown as {@code PoortwachterException}s with the source's own error codes; their messages end up
 * in the per-school status shown to support staff, so they must not contain personal data.
 */
public interface DirectorySource {

    /**
     * The realm whose identities this directory supplies (e.g. {@code basispoort}): synced accounts get an
     * identity (this id, {@link DirectoryUser#subject()}), and logins of this realm are blocked at schools
     * that withdrew their permission.
     */
    String realmId();

    /** Schools that granted or withdrew permission on or after {@code since}; a school may be in both. */
    PermissionChanges permissionChangesSince(LocalDate since);

    /** The current permission of one school: decides when the feeds disagree. */
    boolean hasPermission(String sourceSchoolId);

    /** The school's details only (key, name), without users: cheap, used to find a school by BRIN. */
    DirectorySchool describeSchool(String sourceSchoolId);

    /** Everything about one school. Either complete or an exception: a partial snapshot would depart pupils. */
    DirectorySnapshot fetchSchool(String sourceSchoolId);
}
