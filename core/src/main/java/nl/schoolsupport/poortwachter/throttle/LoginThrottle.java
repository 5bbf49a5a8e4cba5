package nl.schoolsupport.poortwachter.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key and tells when the next attempt is allowed. Attempts are refused, not
 * slowed down: a sleeping server thread would let an attacker tie up the server cheaply.
 *
 * <p>State is per node and bounded ({@code maxKeys}); behind a load balancer with sticky sessions that is
 * enough to stop guessing. Keys are opaque strings such as {@code "account:zoe.celik"}.
 */
public final class LoginThrottle {

    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxKeys) {
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** How long this key must still wait; empty if it may try now. */
    public Optional<Duration> waitRequired(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(clock.instant(), f.blockedUntil());
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    public void recordFailure(String key, ThrottlePolicy policy) {
        Instant now = clock.instant();
        if (failures.size() >= maxKeys) {
            evictStale(now, policy);
        }
        failures.compute(key, (k, old) -> {
            int count = old == null ? 1 : Math.max(0, old.count() - leaked(old, policy, now)) + 1;
            Instant penaltyEnd = now.plus(policy.penaltyAfter(count));
            // a failure during a lock (possible only by racing the check) never shortens it
            Instant blockedUntil = old != null && old.blockedUntil().isAfter(penaltyEnd) ? old.blockedUntil() : penaltyEnd;
            return new Failures(count, now, blockedUntil);
        });
    }

    private static int leaked(Failures old, ThrottlePolicy policy, Instant now) {
        long interval = Math.max(1, policy.leakInterval().toMillis());
        long elapsed = Math.max(0, Duration.between(old.lastFailure(), now).toMillis());
        return (int) Math.min(Integer.MAX_VALUE, elapsed / interval);
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    int trackedKeys() {
        return failures.size();
    }

    private void evictStale(Instant now, ThrottlePolicy policy) {
        failures.entrySet().removeIf(e -> !e.getValue().blockedUntil().isAfter(now)
                && e.getValue().lastFailure().plus(policy.forgetAfter()).isBefore(now));
        if (failures.size() >= maxKeys) {
            // Flooded with distinct keys: forget those not currently blocked, keep the locks.
            failures.entrySet().removeIf(e -> !e.getValue().blockedUntil().isAfter(now));
        }
    }

    private record Failures(int count, Instant lastFailure, Instant blockedUntil) {
    }
}
