package nl.schoolsupport.poortwachter.benchmarks.login;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.SimpleByteSource;

import nl.schoolsupport.poortwachter.pupilcode.Argon2Parameters;
import nl.schoolsupport.poortwachter.pupilcode.Argon2idHasher;

/**
 * Cost of one pupil-code verification: Argon2id with the OWASP minimum (19 MiB, t=2, p=1). This bounds the
 * login throughput of a node: cores / (time per hash). {@code shiroBouncyCastle} verifies the same stored hash
 * through Shiro's own {@code matchesPassword} (Bouncy Castle's generator, 19 MiB allocated per hash), the
 * reference our memory-reusing engine is compared with.
 * {@code java -jar benchmarks/target/benchmarks.jar Argon2idBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Argon2idBenchmark {

    private final Argon2idHasher hasher = new Argon2idHasher(Argon2Parameters.OWASP_MINIMUM);
    private final Shiro2CryptFormat shiroFormat = new Shiro2CryptFormat();
    private String stored;

    @Setup
    public void setUp() {
        stored = hasher.hash("tijger417boom".toCharArray());
    }

    @Benchmark
    public boolean verifyPupilCode() {
        return hasher.verify("tijger417boom".toCharArray(), stored);
    }

    @Benchmark
    public boolean shiroBouncyCastle() {
        return shiroFormat.parse(stored).matchesPassword(new SimpleByteSource("tijger417boom".toCharArray()));
    }
}
