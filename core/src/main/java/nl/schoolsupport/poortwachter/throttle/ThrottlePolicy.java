package nl.schoolsupport.poortwachter.throttle;

import java.time.Duration;

/**
 * How failed logins slow down further attempts for one key (an account or a client address).
 *
 * @param freeFailures  failures allowed before any delay
 * @param baseDelay     delay after the first failure beyond the free ones; doubles with every further one
 * @param maxDelay      the doubling stops here
 * @param lockAfter     failures after which the key is locked for {@code lockDuration}
 * @param forgetAfter   a key without failures for this long starts from zero again
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay, int lockAfter, Duration lockDuration,
        Duration forgetAfter) {

    /**
     * Per account: children mistype, so five free tries, then 1, 2, 4, 8... s, and a 15-minute lock
     * after 10 failures.
     */
    public static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 10,
            Duration.ofMinutes(15), Duration.ofMinutes(30));

    /**
     * Per client address: a whole school shares one address behind NAT, so the budget is large; it only
     * stops one machine guessing across many accounts.
     */
    public static final ThrottlePolicy PER_CLIENT = new ThrottlePolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(60), 500,
            Duration.ofMinutes(15), Duration.ofMinutes(30));

    public ThrottlePolicy {
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("need 0 <= freeFailures < lockAfter");
        }
    }

    /** How long a key with {@code failures} consecutive failures must wait before its next attempt. */
    public Duration penaltyAfter(int failures) {
        if (failures >= lockAfter) {
            return lockDuration;
        }
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
