package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Objects;

import jakarta.inject.Inject;

import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.Hash;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.SimpleByteSource;

/**
 * Argon2id through Shiro 2's hash SPI ({@code shiro-hashes-argon2}, Bouncy Castle underneath). Hashes are
 * stored in Shiro's modular crypt format, which carries its own parameters, so raising the cost later
 * does not invalidate stored hashes.
 */
public final class Argon2idHasher implements PasswordHasher {

    private final Argon2Parameters parameters;
    private final DefaultHashService hashService = new DefaultHashService();
    private final Shiro2CryptFormat format = new Shiro2CryptFormat();

    @Inject
    public Argon2idHasher(Argon2Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters);
        hashService.setDefaultAlgorithmName("argon2id");
    }

    @Override
    public String hash(char[] password) {
        HashRequest request = new HashRequest.Builder()
                .setAlgorithmName("argon2id")
                .setSource(new SimpleByteSource(password))
                .addParameter("Argon2.memoryKib", String.valueOf(parameters.memoryKiB()))
                .addParameter("Argon2.iterations", String.valueOf(parameters.iterations()))
                .addParameter("Argon2.parallelism", String.valueOf(parameters.parallelism()))
                .build(); // Shiro reads these parameters as strings
        return format.format(hashService.computeHash(request));
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        Hash stored = format.parse(storedHash);
        return stored.matchesPassword(new SimpleByteSource(password));
    }
}
