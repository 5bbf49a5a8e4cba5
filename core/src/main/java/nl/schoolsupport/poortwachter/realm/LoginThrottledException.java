package nl.schoolsupport.poortwachter.realm;

import java.time.Duration;

/** Too many failed attempts for this account or client; try again after {@link #retryAfter()}. */
public class LoginThrottledException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(String realmId, Duration retryAfter) {
        super(LoginErrorCode.THROTTLED, "realm " + realmId + ": too many failed attempts, next attempt allowed in "
                + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
