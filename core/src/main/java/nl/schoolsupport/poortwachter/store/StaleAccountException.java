package nl.schoolsupport.poortwachter.store;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** Optimistic locking failed: the account changed since it was read. Reload and decide again. */
public class StaleAccountException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public StaleAccountException(AccountId id, long expectedVersion) {
        super(CoreErrorCode.STALE_ACCOUNT, "account " + id + ": expected version " + expectedVersion
                + " but it was changed meanwhile; reload and try again");
    }
}
