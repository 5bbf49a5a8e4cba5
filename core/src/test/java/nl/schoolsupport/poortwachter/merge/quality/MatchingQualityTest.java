package nl.schoolsupport.poortwachter.merge.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.matching.SchoolMatch;

/**
 * The matcher against generated schools with known truth. Thresholds are justified in docs/merge.md: zero wrong
 * automatic merges is the requirement; the recall floors sit a few points under what the matcher reaches, so a
 * change that loses recall fails here while seed-to-seed variation does not.
 */
class MatchingQualityTest {

    static final int SEEDS = 20;
    static final int SCHOOLS_PER_SEED = 30;
    /** Measured 54.7% on these seeds (docs/merge.md); the floor leaves room for seed variation only. */
    static final double AUTOMATIC_RECALL_FLOOR = 0.51;
    /** Measured 99.97%. */
    static final double TOP3_RECALL_FLOOR = 0.995;

    @Test
    void noWrongAutomaticMergeAndRecallAboveFloorsOverManySeeds() {
        MatchingEngine engine = new MatchingEngine();
        MatchScorer scorer = new MatchScorer();
        for (long seed = 101; seed <= 100 + SEEDS; seed++) {
            for (int s = 0; s < SCHOOLS_PER_SEED; s++) {
                SyntheticSchool school = SyntheticSchools.generate(seed, s);
                SchoolMatch match = engine.match(school.legacy(), school.imported());
                scorer.add(school, match.decisions());
            }
        }
        System.out.println(scorer.table());
        assertThat(scorer.wrongAutomatic()).as("wrong automatic merges").isEmpty();
        assertThat(scorer.hardNegativeAutos()).isZero();
        assertThat(scorer.overall().autoRecall()).as("automatic recall").isGreaterThan(AUTOMATIC_RECALL_FLOOR);
        assertThat(scorer.overall().top3Recall()).as("top-3 recall").isGreaterThan(TOP3_RECALL_FLOOR);
        assertThat(scorer.perPhenomenon().get(Phenomenon.CLEAN).autoRecall()).as("clean names").isGreaterThan(0.60);
        assertThat(scorer.perPhenomenon().get(Phenomenon.TYPO).top3Recall()).as("typos in top 3").isGreaterThan(0.99);
        assertThat(scorer.perPhenomenon().get(Phenomenon.TEACHER_TITLE).top3Recall()).as("Juf Marieke in top 3")
                .isGreaterThan(0.95);
    }
}
