package nl.schoolsupport.poortwachter.sync;

import java.util.List;
import java.util.Objects;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What one school's import did, handed to {@link SchoolImportListener}s after it was committed.
 *
 * @param source          the directory (realm id)
 * @param sourceSchoolId  the directory's id of the school
 * @param school          the school key
 * @param runId           the run that imported it
 * @param counts          sizes after the import
 * @param created         accounts created in this import
 * @param updated         accounts whose name, group or duties changed
 * @param reactivated     departed accounts that came back
 * @param departed        accounts that left the directory in this import
 */
public record SchoolImport(String source, String sourceSchoolId, SchoolKey school, String runId, SyncCounts counts,
        List<AccountId> created, List<AccountId> updated, List<AccountId> reactivated, List<AccountId> departed) {

    public SchoolImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceSchoolId, "sourceSchoolId");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(counts, "counts");
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        reactivated = List.copyOf(reactivated);
        departed = List.copyOf(departed);
    }

    /** Whether the import wrote anything to accounts or identities. */
    public boolean changedAccounts() {
        return !(created.isEmpty() && updated.isEmpty() && reactivated.isEmpty() && departed.isEmpty());
    }
}
