package nl.schoolsupport.poortwachter.merge.matching;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the matcher's answer: merge a legacy account into an imported one automatically, or show the
 * imported account to the coordinator as a suggestion of the given rank (1 = best).
 */
public record MatchDecision(String legacyId, String importedId, Decision decision, double score, int rank, MatchRule rule) {

    public MatchDecision {
        Objects.requireNonNull(legacyId, "legacyId");
        Objects.requireNonNull(importedId, "importedId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(rule, "rule");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0,1], got " + score);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, got " + rank);
        }
    }

    public boolean isAuto() {
        return decision == Decision.AUTO;
    }

    /** What the library does with a pair. */
    public enum Decision {
        AUTO,
        SUGGEST;

        /** The word used in decisions.json: "auto" or "suggest". */
        public String jsonValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
