package nl.schoolsupport.poortwachter.throttle;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.realm.LoginThrottledException;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;

/**
 * The throttling every password realm does, in one place: before checking a password, refuse if the username
 * or the client address is in a penalty period; after a wrong password, count a failure for both; after a
 * right one, forget the username's failures. Keys are per realm, so a pupil's typos do not lock a teacher.
 */
public final class PasswordAttempts {

    private final String realmId;
    private final LoginThrottle throttle;

    public PasswordAttempts(String realmId, LoginThrottle throttle) {
        this.realmId = Objects.requireNonNull(realmId);
        this.throttle = Objects.requireNonNull(throttle);
    }

    /**
     * Starts an attempt.
     *
     * @throws LoginThrottledException when the username or the client must still wait
     */
    public Attempt begin(PasswordLogin login) {
        Attempt attempt = new Attempt(realmId + "-account:" + login.username().toLowerCase(Locale.ROOT),
                realmId + "-client:" + login.client().address());
        refuseIfThrottled(attempt.accountKey());
        refuseIfThrottled(attempt.clientKey());
        return attempt;
    }

    /** The password was wrong (or the username unknown): counts against both keys. */
    public void failed(Attempt attempt) {
        throttle.recordFailure(attempt.accountKey(), ThrottlePolicy.PER_ACCOUNT);
        throttle.recordFailure(attempt.clientKey(), ThrottlePolicy.PER_CLIENT);
    }

    public void succeeded(Attempt attempt) {
        throttle.recordSuccess(attempt.accountKey());
    }

    private void refuseIfThrottled(String key) {
        Optional<Duration> wait = throttle.waitRequired(key);
        if (wait.isPresent()) {
            throw new LoginThrottledException(realmId, wait.get());
        }
    }

    /** The throttle keys of one attempt; {@code accountKey} is also what realms pseudonymise for logs. */
    public record Attempt(String accountKey, String clientKey) {
    }
}
