package nl.schoolsupport.poortwachter.pupilcode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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

    @Override
    public boolean verify(char[] password, String storedHash) {
        Optional<Argon2idCryptString> stored = Argon2idCryptString.parse(storedHash);
        if (stored.isEmpty()) {
            Hash other = shiroFormat.parse(storedHash);
            return other.matchesPassword(new SimpleByteSource(password));
        }
        byte[] tag = compute(password, stored.get().salt(), stored.get().parameters(), stored.get().tag().length);
        return MessageDigest.isEqual(tag, stored.get().tag());
    }

    private byte[] compute(char[] password, byte[] salt, Argon2Parameters cost, int tagLength) {
        byte[] passwordBytes = utf8(password); // as Shiro's SimpleByteSource(char[]) encodes it
        Argon2idEngine engine = Optional.ofNullable(idleEngines.poll()).orElseGet(Argon2idEngine::new);
        try {
            return engine.hash(passwordBytes, salt, NONE, NONE, cost.memoryKiB(), cost.iterations(), cost.parallelism(),
                    tagLength);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            idleEngines.offer(engine);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
