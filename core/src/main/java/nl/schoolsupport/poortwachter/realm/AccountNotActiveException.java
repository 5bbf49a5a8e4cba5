package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.account.AccountStatus;

/** The identity resolves to an account that may not log in (departed, or merged without survivor). */
public class AccountNotActiveException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public AccountNotActiveException(AccountStatus status) {
        super(LoginErrorCode.ACCOUNT_NOT_ACTIVE, "account is " + status + ", expected ACTIVE");
    }
}
