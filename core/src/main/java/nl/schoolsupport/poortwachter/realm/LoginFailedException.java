package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.error.ErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * A login did not succeed. Subclasses say why; the web layer maps {@link #errorCode()} to a Dutch or
 * English message. {@link #countsAsFailedAttempt()} tells throttling whether the user is to blame (a wrong
 * password is; a licence service that is down is not).
 */
public class LoginFailedException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public LoginFailedException(ErrorCode code, String message) {
        super(code, message);
    }

    public LoginFailedException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    public boolean countsAsFailedAttempt() {
        return false;
    }
}
