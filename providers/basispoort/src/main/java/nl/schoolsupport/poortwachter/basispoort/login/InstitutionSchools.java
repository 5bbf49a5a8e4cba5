package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Optional;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortDirectorySource;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.sync.SchoolSyncStatus;
import nl.schoolsupport.poortwachter.sync.SyncStatusStore;

/**
 * The school of a Basispoort institution id, for tile logins that name the institution rather than its BRIN. The sync
 * learns the pair when it reads the institution's details; before that the school is unknown.
 */
@FunctionalInterface
public interface InstitutionSchools {

    /** Knows no institution: for mappings without {@code basispoort.attribute.institution-id}, and for tests. */
    InstitutionSchools NONE = institutionId -> Optional.empty();

    Optional<SchoolKey> schoolOf(String institutionId);

    /** From the sync's status rows (source {@code basispoort}). */
    static InstitutionSchools fromSyncStatus(SyncStatusStore store) {
        return institutionId -> store.status(BasispoortDirectorySource.REALM, institutionId).flatMap(SchoolSyncStatus::school);
    }
}
