package nl.schoolsupport.poortwachter.merge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;

/** Odd input never breaks the matcher or its promises (ranks, at most three, scores in [0,1], one-to-one). */
class MatchingRobustnessTest {

    private static final String[] PIECES = {"van", "der", "de", "El", "Juf", "Meester", "'t", ",", "-", " ", "  ", "ı", "İ",
        "ë", "ß", "ø", "ij", "IJ", "Y", "😀", "李", "Мария", "a", "aa", "Daan", "Emma", "Test", "1", "  ,  ", "."};

    private static String randomPart(Random rng) {
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rng.nextInt(PIECES.length)]);
            if (rng.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void oddNamesAndGroupsKeepTheContract() {
        MatchingEngine engine = new MatchingEngine();
        Random rng = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<MatchAccount> legacy = new ArrayList<>();
            List<MatchAccount> imported = new ArrayList<>();
            for (int i = 0; i < 1 + rng.nextInt(30); i++) {
                legacy.add(account("L" + i, rng));
            }
            for (int i = 0; i < rng.nextInt(30); i++) {
                imported.add(account("B" + i, rng));
            }
            SchoolMatch m = engine.match(legacy, imported);
            Map<String, List<MatchDecision>> byLegacy = new HashMap<>();
            Set<String> autoTargets = new HashSet<>();
            for (MatchDecision d : m.decisions()) {
                assertThat(d.score()).isBetween(0.0, 1.0);
                byLegacy.computeIfAbsent(d.legacyId(), k -> new ArrayList<>()).add(d);
                if (d.isAuto()) {
                    assertThat(autoTargets.add(d.importedId())).as("one-to-one").isTrue();
                }
            }
            for (List<MatchDecision> rows : byLegacy.values()) {
                assertThat(rows).hasSizeLessThanOrEqualTo(3);
                assertThat(rows).extracting(MatchDecision::rank).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
                if (rows.get(0).isAuto()) {
                    assertThat(rows).hasSize(1);
                }
            }
        }
    }

    private static MatchAccount account(String id, Random rng) {
        Role role = rng.nextInt(5) == 0 ? Role.TEACHER : Role.PUPIL;
        String group = switch (rng.nextInt(5)) {
            case 0 -> null;
            case 1 -> "groep " + (1 + rng.nextInt(8)) + (rng.nextBoolean() ? "a" : "");
            case 2 -> "1/2";
            case 3 -> "onbekend";
            default -> String.valueOf(rng.nextInt(12));
        };
        return MatchAccount.of(id, role, PersonName.of(randomPart(rng), randomPart(rng), randomPart(rng)), group);
    }
}
