package nl.schoolsupport.poortwachter.pupilcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.SimpleByteSource;
import org.junit.jupiter.api.Test;

/** Our hashes are Shiro's hashes: each side verifies what the other wrote. */
class Argon2idHasherTest {

    private static final Argon2Parameters CHEAP = new Argon2Parameters(256, 2, 1);

    private final Argon2idHasher hasher = new Argon2idHasher(CHEAP, 2);
    private final Shiro2CryptFormat shiroFormat = new Shiro2CryptFormat();

    @Test
    void writesShiroCryptStringsThatShiroVerifies() {
        String stored = hasher.hash("Zoë-Çelik 417".toCharArray());

        assertThat(stored).startsWith("$shiro2$argon2id$v=19$t=2,m=256,p=1$");
        assertThat(shiroFormat.parse(stored).matchesPassword(new SimpleByteSource("Zoë-Çelik 417".toCharArray()))).isTrue();
        assertThat(shiroFormat.parse(stored).matchesPassword(new SimpleByteSource("Zoe-Celik 417".toCharArray()))).isFalse();
    }

    @Test
    void verifiesWhatShiroWroteWithItsOwnParameters() {
        String stored = shiroHash("argon2id", "tijger417boom", new Argon2Parameters(96, 3, 2));

        assertThat(hasher.verify("tijger417boom".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("tijger417boot".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void leavesOtherAlgorithmsToShiro() {
        String stored = shiroHash("argon2i", "appel12peer", CHEAP);

        assertThat(hasher.verify("appel12peer".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("appel12pear".toCharArray(), stored)).isFalse();
    }

    @Test
    void aSaltMakesEveryHashDifferent() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void aTamperedTagOrCostNeverMatches() {
        String stored = hasher.hash("vlinder8".toCharArray());
        String otherCost = stored.replace("t=2,", "t=3,");
        String cutTag = stored.substring(0, stored.length() - 4);

        assertThat(hasher.verify("vlinder8".toCharArray(), otherCost)).isFalse();
        assertThat(hasher.verify("vlinder8".toCharArray(), cutTag)).isFalse();
    }

    @Test
    void aMalformedStoredHashIsNeverAMatch() {
        for (String malformed : List.of("$shiro2$argon2id$v=19$t=2,m=19456,p=1$!!!$###", "$shiro2$argon2id$v=19$t=x$a$b",
                "$shiro2$argon2id$v=19$t=2,m=256,p=0$AAAAAAAAAAAAAAAAAAAAAA$", "plain-text", "")) {
            assertThat(hasher.verify("x".toCharArray(), malformed)).as(malformed).isFalse();
        }
    }

    @Test
    void onlyWellFormedCryptStringsAreParsedHere() {
        String salt = "AAAAAAAAAAAAAAAAAAAAAA";
        String tag = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(Argon2idCryptString.parse("$shiro2$argon2id$v=19$t=2,m=256,p=1$" + salt + "$" + tag)).hasValueSatisfying(
                parsed -> assertThat(parsed.parameters()).isEqualTo(CHEAP));
        assertThat(Argon2idCryptString.parse("$shiro2$argon2id$v=19$t=1,t=2,m=256,p=1$" + salt + "$" + tag)).isEmpty();
        assertThat(Argon2idCryptString.parse("$shiro2$argon2id$v=19$t=2,m=256,p=1,x=1$" + salt + "$" + tag)).isEmpty();
        assertThat(Argon2idCryptString.parse("$shiro2$argon2i$v=19$t=2,m=256,p=1$" + salt + "$" + tag)).isEmpty();
        assertThat(Argon2idCryptString.parse("$shiro2$argon2id$v=16$t=2,m=256,p=1$" + salt + "$" + tag)).isEmpty();
    }

    @Test
    void aStoredHashCostingFarMoreThanConfiguredIsRefusedWithoutComputingIt() {
        int tooMuch = (Argon2idHasher.COST_CEILING_FACTOR + 1) * CHEAP.memoryKiB();
        String costly = new Argon2idHasher(new Argon2Parameters(tooMuch, 2, 1), 1).hash("vlinder8".toCharArray());
        String raised = new Argon2idHasher(new Argon2Parameters(4 * CHEAP.memoryKiB(), 3, 1), 1).hash("vlinder8".toCharArray());

        assertThat(hasher.verify("vlinder8".toCharArray(), costly)).isFalse();
        assertThat(hasher.verify("vlinder8".toCharArray(), raised)).as("within the ceiling").isTrue();
    }

    @Test
    void thePoolKeepsOnlyEnginesSizedForTheConfiguredCost() {
        String raised = new Argon2idHasher(new Argon2Parameters(4 * CHEAP.memoryKiB(), 2, 1), 1).hash("roos5".toCharArray());
        String current = hasher.hash("roos5".toCharArray());

        assertThat(hasher.idleEngineBytes()).isEqualTo(CHEAP.memoryBytes());
        assertThat(hasher.verify("roos5".toCharArray(), raised)).isTrue();
        assertThat(hasher.idleEngineBytes()).as("the engine that grew for the older hash was let go").isZero();
        assertThat(hasher.verify("roos5".toCharArray(), current)).isTrue();
        assertThat(hasher.idleEngineBytes()).isEqualTo(CHEAP.memoryBytes());
    }

    @Test
    void moreCallersThanRetainedEnginesAllGetTheRightAnswer() throws Exception {
        String stored = hasher.hash("regenboog3".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> right = new ArrayList<>();
            List<Future<Boolean>> wrong = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                right.add(pool.submit(() -> hasher.verify("regenboog3".toCharArray(), stored)));
                wrong.add(pool.submit(() -> hasher.verify("regenboog4".toCharArray(), stored)));
            }
            for (int i = 0; i < right.size(); i++) {
                assertThat(right.get(i).get()).isTrue();
                assertThat(wrong.get(i).get()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String shiroHash(String algorithm, String password, Argon2Parameters cost) {
        DefaultHashService service = new DefaultHashService();
        service.setDefaultAlgorithmName(algorithm);
        HashRequest request = new HashRequest.Builder().setAlgorithmName(algorithm)
                .setSource(new SimpleByteSource(password.toCharArray()))
                .addParameter("Argon2.memoryKib", String.valueOf(cost.memoryKiB()))
                .addParameter("Argon2.iterations", String.valueOf(cost.iterations()))
                .addParameter("Argon2.parallelism", String.valueOf(cost.parallelism()))
                .build();
        return new Shiro2CryptFormat().format(service.computeHash(request));
    }
}
