package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Base64;
import java.util.Optional;

/**
 * An Argon2id hash in Shiro 2's modular crypt format, {@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$salt$tag}
 * (salt and tag in Base64 without padding), which is what {@code shiro-hashes-argon2} writes and reads. Only
 * this exact shape is handled here; anything else is left to Shiro.
 */
record Argon2idCryptString(Argon2Parameters parameters, byte[] salt, byte[] tag) {

    private static final String PREFIX = "$shiro2$argon2id$v=" + Argon2idEngine.VERSION + "$";

    static Optional<Argon2idCryptString> parse(String crypt) {
        if (crypt == null || !crypt.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = crypt.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Argon2Parameters parameters = parseParameters(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] tag = Base64.getDecoder().decode(parts[2]);
            if (parameters == null || salt.length < 8 || tag.length < 4) {
                return Optional.empty();
            }
            return Optional.of(new Argon2idCryptString(parameters, salt, tag));
        } catch (IllegalArgumentException e) { // bad Base64, numbers or cost: Shiro's parser reports it
            return Optional.empty();
        }
    }

    String format() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "t=" + parameters.iterations() + ",m=" + parameters.memoryKiB() + ",p=" + parameters.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(tag);
    }

    private static Argon2Parameters parseParameters(String text) {
        int iterations = -1;
        int memoryKiB = -1;
        int parallelism = -1;
        for (String pair : text.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return null;
            }
            int value = Integer.parseInt(pair.substring(equals + 1));
            switch (pair.substring(0, equals)) {
                case "t" -> iterations = iterations < 0 ? value : 0; // a repeated key makes the string invalid
                case "m" -> memoryKiB = memoryKiB < 0 ? value : 0;
                case "p" -> parallelism = parallelism < 0 ? value : 0;
                default -> {
                    return null;
                }
            }
        }
        if (iterations < 1 || memoryKiB < 1 || parallelism < 1) {
            return null;
        }
        try {
            return new Argon2Parameters(memoryKiB, iterations, parallelism);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
