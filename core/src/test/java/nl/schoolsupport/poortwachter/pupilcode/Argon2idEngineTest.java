package nl.schoolsupport.poortwachter.pupilcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** The memory-reusing Argon2id against RFC 9106's test vector and against Bouncy Castle. */
class Argon2idEngineTest {

    @Test
    void matchesTheTestVectorOfRfc9106() {
        // RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, with secret and associated data
        byte[] tag = new Argon2idEngine().hash(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), 32, 3, 4,
                32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void agreesWithBouncyCastleOnRandomInputsAndParameters() {
        SplittableRandom random = new SplittableRandom(20261204);
        Argon2idEngine engine = new Argon2idEngine(); // one engine for all: reuse must not leak state between hashes
        for (int run = 0; run < 60; run++) {
            int lanes = 1 + random.nextInt(4);
            int memoryKiB = 8 * lanes + random.nextInt(600);
            int passes = 1 + random.nextInt(4);
            int tagLength = random.nextBoolean() ? 32 : 4 + random.nextInt(120); // also H' longer than 64 bytes
            byte[] password = bytes(random, random.nextInt(40));
            byte[] salt = bytes(random, 8 + random.nextInt(24));

            byte[] ours = engine.hash(password, salt, new byte[0], new byte[0], memoryKiB, passes, lanes, tagLength);

            assertThat(ours).as("m=%d t=%d p=%d tag=%d", memoryKiB, passes, lanes, tagLength)
                    .isEqualTo(bouncyCastle(password, salt, memoryKiB, passes, lanes, tagLength));
        }
    }

    @Test
    void agreesWithBouncyCastleWithTheOwaspParameters() {
        byte[] password = "tijger417boom".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] salt = filled(16, 0x5a);

        byte[] ours = new Argon2idEngine().hash(password, salt, new byte[0], new byte[0], 19 * 1024, 2, 1, 32);

        assertThat(ours).isEqualTo(bouncyCastle(password, salt, 19 * 1024, 2, 1, 32));
    }

    @Test
    void keepsItsMemoryButWipesItAfterEveryHash() throws Exception {
        Argon2idEngine engine = new Argon2idEngine();
        engine.hash(filled(8, 1), filled(16, 2), new byte[0], new byte[0], 256, 2, 1, 32);
        long retained = engine.retainedBytes();

        engine.hash(filled(8, 3), filled(16, 4), new byte[0], new byte[0], 128, 2, 1, 32);

        assertThat(retained).isEqualTo(256 * 1024L);
        assertThat(engine.retainedBytes()).as("a smaller hash reuses the larger memory").isEqualTo(retained);
        java.lang.reflect.Field field = Argon2idEngine.class.getDeclaredField("memory");
        field.setAccessible(true);
        assertThat(Arrays.stream((long[][]) field.get(engine)).flatMapToLong(Arrays::stream).allMatch(v -> v == 0))
                .as("memory wiped").isTrue();
    }

    @Test
    void refusesParametersArgon2DoesNotDefine() {
        Argon2idEngine engine = new Argon2idEngine();

        assertThatThrownBy(() -> engine.hash(new byte[1], new byte[8], new byte[0], new byte[0], 15, 1, 2, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m=15 t=1 p=2");
        assertThatThrownBy(() -> engine.hash(new byte[1], new byte[8], new byte[0], new byte[0], 64, 0, 1, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.hash(new byte[1], new byte[8], new byte[0], new byte[0], 64, 1, 1, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bouncyCastle(byte[] password, byte[] salt, int memoryKiB, int passes, int lanes, int tagLength) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKiB).withIterations(passes).withParallelism(lanes).build());
        byte[] tag = new byte[tagLength];
        generator.generateBytes(password, tag);
        return tag;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
