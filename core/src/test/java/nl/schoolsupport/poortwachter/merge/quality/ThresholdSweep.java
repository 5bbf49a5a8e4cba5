package nl.schoolsupport.poortwachter.merge.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.matching.MatchingPolicy;
import nl.schoolsupport.poortwachter.merge.matching.NameKnowledge;

/**
 * Reproduces the calibration of {@link MatchingPolicy#commonNameRisk()} in docs/merge.md: wrong automatic merges
 * and automatic recall for several thresholds, on tuning seeds 1..60 (the quality test uses other seeds).
 * Run from the test class path: {@code java ... ThresholdSweep [full]}; "full" draws planted namesakes from all
 * names by their squared share instead of the common names only (the residual-risk stress test).
 */
public final class ThresholdSweep {

    private ThresholdSweep() {
    }

    public static void main(String[] args) {
        SyntheticSchools.COMMON_NAME_COINCIDENCES = !(args.length > 0 && args[0].equals("full"));
        List<SyntheticSchool> schools = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            for (int s = 0; s < 50; s++) {
                schools.add(SyntheticSchools.generate(seed, s));
            }
        }
        for (double tau : new double[] {1e-4, 7e-5, 5e-5, 3e-5, 2e-5, 1e-5}) {
            MatchingEngine engine = new MatchingEngine(NameKnowledge.standard(),
                    new MatchingPolicy(MatchingPolicy.DEFAULT.plausibleScore(), MatchingPolicy.DEFAULT.minSuggestionScore(),
                            MatchingPolicy.DEFAULT.maxSuggestions(), tau));
            MatchScorer scorer = new MatchScorer();
            for (SyntheticSchool school : schools) {
                scorer.add(school, engine.match(school.legacy(), school.imported()).decisions());
            }
            System.out.printf(Locale.ROOT, "commonNameRisk=%.0e  wrong automatic=%d  automatic recall=%.1f%%  top-3 recall=%.2f%%%n",
                    tau, scorer.wrongAutomatic().size(), 100 * scorer.overall().autoRecall(), 100 * scorer.overall().top3Recall());
        }
    }
}
