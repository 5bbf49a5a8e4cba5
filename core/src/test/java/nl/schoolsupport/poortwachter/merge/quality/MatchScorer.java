package nl.schoolsupport.poortwachter.merge.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.schoolsupport.poortwachter.merge.matching.MatchDecision;

/**
 * Scores decisions against a generated school's ground truth, overall and per {@link Phenomenon}.
 *
 * <ul>
 * <li><b>automatic precision</b>: correct automatic merges / all automatic merges (must be 1.0);</li>
 * <li><b>automatic recall</b>: legacy accounts with a true partner that were merged automatically with it;</li>
 * <li><b>top-3 recall</b>: legacy accounts with a true partner that got it automatically or among their suggestions.</li>
 * </ul>
 */
public final class MatchScorer {

    /** Counts for one phenomenon (or overall). */
    public static final class Tally {
        int legacy;
        int withPartner;
        int autoCorrect;
        int autoWrong;
        int top3;
        int rank1;

        public double autoPrecision() {
            int auto = autoCorrect + autoWrong;
            return auto == 0 ? 1.0 : autoCorrect / (double) auto;
        }

        public double autoRecall() {
            return withPartner == 0 ? 0 : autoCorrect / (double) withPartner;
        }

        public double top3Recall() {
            return withPartner == 0 ? 0 : top3 / (double) withPartner;
        }

        public int autoWrong() {
            return autoWrong;
        }

        public int withPartner() {
            return withPartner;
        }

        public int legacy() {
            return legacy;
        }
    }

    private final Tally overall = new Tally();
    private final Map<Phenomenon, Tally> perPhenomenon = new EnumMap<>(Phenomenon.class);
    private final List<String> wrongAutomatic = new ArrayList<>();
    private int hardNegativeAutos;

    public void add(SyntheticSchool school, List<MatchDecision> decisions) {
        Map<String, List<MatchDecision>> byLegacy = new HashMap<>();
        for (MatchDecision d : decisions) {
            byLegacy.computeIfAbsent(d.legacyId(), k -> new ArrayList<>()).add(d);
        }
        Set<String> autoTaken = new HashSet<>();
        for (MatchDecision d : decisions) {
            if (d.isAuto() && !autoTaken.add(d.importedId())) {
                throw new AssertionError("imported account " + d.importedId() + " got two automatic merges");
            }
            if (d.isAuto() && school.hardNegatives().contains(d.legacyId() + "|" + d.importedId())) {
                hardNegativeAutos++;
            }
        }
        for (Map.Entry<String, Set<Phenomenon>> e : school.phenomena().entrySet()) {
            String legacyId = e.getKey();
            String partner = school.truth().get(legacyId);
            List<MatchDecision> mine = byLegacy.getOrDefault(legacyId, List.of());
            List<Tally> tallies = new ArrayList<>();
            tallies.add(overall);
            for (Phenomenon p : e.getValue()) {
                tallies.add(perPhenomenon.computeIfAbsent(p, k -> new Tally()));
            }
            long autos = mine.stream().filter(MatchDecision::isAuto).count();
            if (autos > 1 || (autos == 1 && mine.size() > 1)) {
                throw new AssertionError("legacy " + legacyId + ": an automatic merge must be its only row");
            }
            if (mine.stream().filter(d -> !d.isAuto()).count() > 3) {
                throw new AssertionError("legacy " + legacyId + ": more than three suggestions");
            }
            for (Tally t : tallies) {
                t.legacy++;
                if (partner != null) {
                    t.withPartner++;
                }
                for (MatchDecision d : mine) {
                    if (d.isAuto()) {
                        if (d.importedId().equals(partner)) {
                            t.autoCorrect++;
                        } else {
                            t.autoWrong++;
                        }
                    }
                }
                if (partner != null && mine.stream().anyMatch(d -> d.importedId().equals(partner))) {
                    t.top3++;
                    if (mine.get(0).importedId().equals(partner)) {
                        t.rank1++;
                    }
                }
            }
            for (MatchDecision d : mine) {
                if (d.isAuto() && !d.importedId().equals(partner) && tallies.get(0) == overall) {
                    wrongAutomatic.add(school.code() + " " + legacyId + " → " + d.importedId() + " " + e.getValue());
                }
            }
        }
    }

    public Tally overall() {
        return overall;
    }

    public Map<Phenomenon, Tally> perPhenomenon() {
        return perPhenomenon;
    }

    public List<String> wrongAutomatic() {
        return wrongAutomatic;
    }

    public int hardNegativeAutos() {
        return hardNegativeAutos;
    }

    /** A Markdown table, as pasted into docs/merge.md. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| phenomenon | legacy accounts | with partner | auto precision | auto recall | top-3 recall | rank-1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(sb, "**all**", overall);
        perPhenomenon.forEach((p, t) -> row(sb, p.name().toLowerCase(Locale.ROOT), t));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Tally t) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.4f | %s | %s | %s |%n", name, t.legacy, t.withPartner,
                t.autoPrecision(), pct(t.autoCorrect, t.withPartner), pct(t.top3, t.withPartner), pct(t.rank1, t.withPartner)));
    }

    private static String pct(int n, int d) {
        return d == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / d);
    }
}
