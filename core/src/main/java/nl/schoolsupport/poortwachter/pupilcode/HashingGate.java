package nl.schoolsupport.poortwachter.pupilcode;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.schoolsupport.poortwachter.realm.LoginBusyException;

/**
 * Bounds how many memory-hard hashes run at once. Argon2id with 19 MiB per hash is fine one at a time and
 * ruinous 200 at a time (a whole school logging in at 08:30): callers beyond the limit wait in a fair
 * (first-come) queue instead of allocating, and give up with {@link LoginBusyException} after
 * {@code maxWait}. More concurrent hashes than cores would not finish sooner anyway.
 */
public final class HashingGate {

    private final Semaphore permits;
    private final int concurrency;
    private final Duration maxWait;

    public HashingGate(int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    /**
     * One permit per available processor, waiting up to 30 s: a whole school logging in at once must queue and
     * succeed (1,000 logins take about 20 s on 2 cores), not be turned away after a few seconds.
     */
    public static HashingGate sizedToMachine() {
        return new HashingGate(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30));
    }

    public <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginBusyException("interrupted while waiting for a password-check slot");
        }
        if (!acquired) {
            throw new LoginBusyException("all " + concurrency + " password-check slots stayed busy for "
                    + maxWait.toMillis() + " ms; try again shortly");
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    public int concurrency() {
        return concurrency;
    }

    /** Callers currently waiting for a slot (for metrics and tests). */
    public int queueLength() {
        return permits.getQueueLength();
    }
}
