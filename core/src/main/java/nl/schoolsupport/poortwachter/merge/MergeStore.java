package nl.schoolsupport.poortwachter.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Persistence of merge audit records, and the identity facts the matcher needs. Calls join the current
 * transaction. The shipped implementation is {@link JdbcMergeStore}.
 */
public interface MergeStore {

    void insert(MergeRecord record, Map<String, String> participantMemos);

    Optional<MergeRecord> find(MergeId id);

    /** The memos participants returned for this merge, by participant id. */
    Map<String, String> participantMemos(MergeId id);

    /** Merges of a school, newest first, undone ones included. */
    List<MergeRecord> ofSchool(SchoolKey school);

    /** Records the undo; false if the merge was undone meanwhile (nothing written then). */
    boolean markUndone(MergeId id, MergeRecord.Undo undo);

    /** The identities of the school's accounts: realm, subject and the keyed hash of the ECK iD if known. */
    Map<AccountId, List<IdentityFacts>> identitiesOfSchool(SchoolKey school);

    /** One linked identity as the matcher sees it; the ECK iD only as its keyed hash. */
    record IdentityFacts(String realmId, String subject, Optional<String> eckLookup) {
    }
}
