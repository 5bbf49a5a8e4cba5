package nl.schoolsupport.poortwachter.pupilcode;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Argon2id cost. The default is OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane): about 25 ms
 * per hash on one core here, which bounds a 2-core machine at roughly 80 password checks per second.
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2Parameters OWASP_MINIMUM = new Argon2Parameters(19 * 1024, 2, 1);

    public Argon2Parameters {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new ConfigurationException("pupil-code.argon2", "expected memory >= 8 KiB per lane, iterations >= 1, "
                    + "parallelism >= 1; got m=" + memoryKiB + " t=" + iterations + " p=" + parallelism);
        }
    }

    public long memoryBytes() {
        return memoryKiB * 1024L;
    }
}
