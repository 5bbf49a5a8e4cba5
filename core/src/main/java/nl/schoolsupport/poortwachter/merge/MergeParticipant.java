package nl.schoolsupport.poortwachter.merge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.schoolsupport.poortwachter.account.AccountId;

/**
 * The embedding product's part in a merge: it moves its own data (test results, practice history) from the
 * absorbed account to the surviving one, and back on undo. Bind implementations with
 * {@link MergeModule#bindParticipant}.
 *
 * <p>Both calls run inside the merge's database transaction, on the calling thread. A participant that shares
 * Poortwachter's database uses {@code Database.currentConnection()} so that its changes commit or roll back with
 * the merge; throwing any exception rolls the whole merge back. {@link TableMergeParticipant} does this for the
 * common case of one table with an account column.
 */
public interface MergeParticipant {

    /** A stable name, stored with each merge so that its undo reaches the same participant (e.g. "test-results"). */
    String id();

    /**
     * Moves this product's data of {@code event.absorbed()} to {@code event.survivor()}.
     *
     * @return what {@link #undo} needs to put back exactly what moved (e.g. the ids of the moved rows), stored with
     *         the merge; empty if nothing moved. At most a million characters.
     */
    String merge(MergeEvent event);

    /**
     * Puts back what {@link #merge} moved, given its memo. Data the survivor gained after the merge stays with
     * the survivor.
     */
    void undo(MergeEvent event, String memo);

    /** How much data hangs on the account (e.g. number of results), shown to the ICT coordinator. */
    long dataCount(AccountId account);

    /** {@link #dataCount} for many accounts; override to answer in one query. */
    default Map<AccountId, Long> dataCounts(Collection<AccountId> accounts) {
        Map<AccountId, Long> counts = new LinkedHashMap<>();
        for (AccountId account : accounts) {
            counts.put(account, dataCount(account));
        }
        return counts;
    }
}
