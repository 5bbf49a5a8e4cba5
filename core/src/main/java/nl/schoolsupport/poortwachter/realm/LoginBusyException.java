package nl.schoolsupport.poortwachter.realm;

/** The server is at its limit of concurrent password checks and the queue wait ran out. */
public class LoginBusyException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public LoginBusyException(String message) {
        super(LoginErrorCode.BUSY, message);
    }
}
