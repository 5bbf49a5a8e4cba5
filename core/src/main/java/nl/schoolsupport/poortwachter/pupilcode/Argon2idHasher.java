package nl.schoolsupport.poortwachter.pupilcode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.inject.Inject;

import org.apache.shiro.crypto.hash.Hash;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.SimpleByteSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id password hashes in Shiro 2's modular crypt format ({@code shiro-hashes-argon2}), which carries its own
 * parameters, so raising the cost later does not invalidate stored hashes.
 *
 * <p>Hashes in the current format ({@code $shiro2$argon2id$v=19$...}) are computed by {@link Argon2idEngine}s that
 * keep their memory between hashes: up to {@code retainedEngines} of them (one per hashing slot of the
 * {@link HashingGate}) stay allocated, 19 MiB each with OWASP parameters, instead of 19 MiB of garbage per login.
 * Anything else Shiro can read (argon2i/argon2d, bcrypt, other versions) is verified by Shiro itself.
 */
public final class Argon2idHasher implements PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2idHasher.class);
    /** Stored hashes may cost more than the configured parameters (those were raised since), but not this much. */
    static final int COST_CEILING_FACTOR = 8;
    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 32;
    private static final byte[] NONE = new byte[0];

    private final Argon2Parameters parameters;
    private final BlockingQueue<Argon2idEngine> idleEngines;
    private final SecureRandom random = new SecureRandom();
    private final Shiro2CryptFormat shiroFormat = new Shiro2CryptFormat();

    @Inject
    public Argon2idHasher(Argon2Parameters parameters, HashingGate gate) {
        this(parameters, gate.concurrency());
    }

    /** Keeps one engine per available processor. */
    public Argon2idHasher(Argon2Parameters parameters) {
        this(parameters, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param retainedEngines how many engines (each holding one hash's memory) to keep between hashes; callers
     *                        beyond that still get an engine, which is dropped afterwards
     */
    public Argon2idHasher(Argon2Parameters parameters, int retainedEngines) {
        this.parameters = Objects.requireNonNull(parameters);
        if (retainedEngines < 1) {
            throw new IllegalArgumentException("retainedEngines must be >= 1, got " + retainedEngines);
        }
        this.idleEngines = new ArrayBlockingQueue<>(retainedEngines);
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] tag = compute(password, salt, parameters, TAG_BYTES);
        return new Argon2idCryptString(parameters, salt, tag).format();
    }

    /**
     * Never true for a stored hash that is unreadable or costs far more than the configured parameters (a
     * tampered row must not tie up a hashing slot for hours or pin gigabytes); both are logged, without the hash.
     */
    @Override
    public boolean verify(char[] password, String storedHash) {
        Optional<Argon2idCryptString> stored = Argon2idCryptString.parse(storedHash);
        if (stored.isEmpty()) {
            return verifiedByShiro(password, storedHash);
        }
        Argon2Parameters cost = stored.get().parameters();
        if (exceedsCeiling(cost)) {
            LOG.warn("Refused a stored password hash that costs m={} KiB, t={}, p={}: more than {} times the configured "
                    + "cost (tampered?)", cost.memoryKiB(), cost.iterations(), cost.parallelism(), COST_CEILING_FACTOR);
            return false;
        }
        byte[] tag = compute(password, stored.get().salt(), cost, stored.get().tag().length);
        return MessageDigest.isEqual(tag, stored.get().tag());
    }

    private boolean exceedsCeiling(Argon2Parameters cost) {
        return cost.memoryKiB() > (long) COST_CEILING_FACTOR * parameters.memoryKiB()
                || cost.iterations() > (long) COST_CEILING_FACTOR * parameters.iterations()
                || cost.parallelism() > (long) COST_CEILING_FACTOR * parameters.parallelism();
    }

    private boolean verifiedByShiro(char[] password, String storedHash) {
        try {
            Hash other = shiroFormat.parse(storedHash);
            return other.matchesPassword(new SimpleByteSource(password));
        } catch (RuntimeException unreadable) { // Shiro reports malformed strings with assorted exceptions
            LOG.warn("Refused a stored password hash Shiro cannot read ({})", unreadable.getClass().getSimpleName());
            return false;
        }
    }

    /** Memory held by the engines waiting in the pool (for tests and metrics). */
    long idleEngineBytes() {
        return idleEngines.stream().mapToLong(Argon2idEngine::retainedBytes).sum();
    }

    private byte[] compute(char[] password, byte[] salt, Argon2Parameters cost, int tagLength) {
        byte[] passwordBytes = utf8(password); // as Shiro's SimpleByteSource(char[]) encodes it
        Argon2idEngine engine = Optional.ofNullable(idleEngines.poll()).orElseGet(Argon2idEngine::new);
        try {
            return engine.hash(passwordBytes, salt, NONE, NONE, cost.memoryKiB(), cost.iterations(), cost.parallelism(),
                    tagLength);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            if (engine.retainedBytes() <= parameters.memoryBytes()) { // an older, costlier hash's memory is let go
                idleEngines.offer(engine);
            }
        }
    }

    /** UTF-8 with unencodable characters replaced, as Shiro encodes passwords; every buffer is wiped. */
    private static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.ceil(encoder.maxBytesPerChar() * password.length));
        encoder.encode(CharBuffer.wrap(password), buffer, true);
        encoder.flush(buffer);
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.position());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
