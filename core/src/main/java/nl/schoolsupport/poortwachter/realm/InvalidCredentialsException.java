package nl.schoolsupport.poortwachter.realm;

/** Unknown username or wrong password; deliberately the same exception for both. */
public class InvalidCredentialsException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException(String realmId) {
        super(LoginErrorCode.INVALID_CREDENTIALS, "realm " + realmId + ": username or password not accepted");
    }

    @Override
    public boolean countsAsFailedAttempt() {
        return true;
    }
}
