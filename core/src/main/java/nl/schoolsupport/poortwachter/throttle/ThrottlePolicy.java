package nl.schoolsupport.poortwachter.throttle;

import java.time.Duration;

/**
 * How failed logins slow down further attempts for one key (an account or a client address).
 *
 * @param freeFailures  failures allowed before any delay
 * @param baseDelay     delay after the first failure beyond the free ones; doubles with every further one
 * @param maxDelay      the doubling stops here
 * @param lockAfter     failures after which the key is locked for {@code lockDuration}; 0: never locked, only delayed
 * @param forgetAfter   how long it takes to forget {@code freeFailures} failures: failures leak away evenly, so
 *                      honest typos spread over a school day never add up to a penalty
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
     * Per client address: a whole school (or school board) shares one address behind NAT, so the budget is large,
     * failures leak away quickly (one every 2 s) and there is no lock, only delays of at most 10 s: it slows one
     * machine guessing across many accounts without ever locking a school out.
     */
    public static final ThrottlePolicy PER_CLIENT = new ThrottlePolicy(300, Duration.ofSeconds(1), Duration.ofSeconds(10), 0,
            Duration.ZERO, Duration.ofMinutes(10));

    public ThrottlePolicy {
        if (freeFailures < 0 || (lockAfter != 0 && lockAfter <= freeFailures)) {
            throw new IllegalArgumentException("need 0 <= freeFailures < lockAfter (or lockAfter 0: never lock)");
        }
    }

    /** How long it takes for one failure to leak away. */
    public Duration leakInterval() {
        return forgetAfter.dividedBy(Math.max(1, freeFailures));
    }

    /** How long a key with {@code failures} (not yet leaked) failures must wait before its next attempt. */
    public Duration penaltyAfter(int failures) {
        if (lockAfter > 0 && failures >= lockAfter) {
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
