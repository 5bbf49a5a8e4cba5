package nl.schoolsupport.poortwachter.merge.matching;

/**
 * Thresholds of the matcher; {@link #DEFAULT} is what the tests and docs/merge.md justify.
 *
 * @param plausibleScore     a name score at or above this makes a candidate "plausible" (as do equivalent or
 *                           one-edit names, see {@link NameComparison#plausible()}): a second plausible candidate
 *                           on either side blocks an automatic merge
 * @param minSuggestionScore suggestions below this score are not shown
 * @param maxSuggestions     suggestions per legacy account (decisions.json: at most 3)
 * @param commonNameRisk     an automatic merge needs the expected number of other children with the same name
 *                           in the compatible groups below this
 */
public record MatchingPolicy(double plausibleScore, double minSuggestionScore, int maxSuggestions, double commonNameRisk) {

    public static final MatchingPolicy DEFAULT = new MatchingPolicy(0.90, 0.55, 3, 1e-5);

    public MatchingPolicy {
        if (!(minSuggestionScore > 0 && minSuggestionScore <= plausibleScore && plausibleScore <= 1)) {
            throw new IllegalArgumentException("expected 0 < minSuggestionScore <= plausibleScore <= 1");
        }
        if (maxSuggestions < 1 || maxSuggestions > 3) {
            throw new IllegalArgumentException("maxSuggestions must be 1..3, got " + maxSuggestions);
        }
        if (commonNameRisk <= 0) {
            throw new IllegalArgumentException("commonNameRisk must be positive");
        }
    }
}
