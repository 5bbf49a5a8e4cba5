package nl.schoolsupport.poortwachter.store;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** No account with this id. */
public class UnknownAccountException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(AccountId id) {
        super(CoreErrorCode.UNKNOWN_ACCOUNT, "no account with id " + id);
    }
}
