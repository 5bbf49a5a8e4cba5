package nl.schoolsupport.poortwachter.merge.matching;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year(s) of a primary-school group as written in school lists: "groep 5b", "5B", "gr. 7", "groep 1/2",
 * "combinatiegroep 4-5", "kleuters". The class letter is ignored on purpose: it often changes between years.
 *
 * @param lowest  lowest year the group holds (1..8)
 * @param highest highest year (equal to {@code lowest} for a single-year group)
 */
public record GroupYears(int lowest, int highest) {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([1-8])(?![0-9])");

    public static Optional<GroupYears> parse(Optional<String> group) {
        return group.flatMap(GroupYears::parse);
    }

    public static Optional<GroupYears> parse(String group) {
        if (group == null || group.isBlank()) {
            return Optional.empty();
        }
        String text = group.toLowerCase(Locale.ROOT);
        if (text.contains("kleuter")) {
            return Optional.of(new GroupYears(1, 2));
        }
        Matcher m = YEAR.matcher(text);
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            lowest = Math.min(lowest, year);
            highest = Math.max(highest, year);
        }
        return lowest == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new GroupYears(lowest, highest));
    }

    /** Whether the old group is a groep 8 only: those pupils are expected to have left for secondary school. */
    public boolean leavingYear() {
        return lowest == 8;
    }

    /**
     * How a group from the old data fits a group in the directory now, if the old data is about a school year
     * old: one higher is expected, the same (repeating, or old data that is recent) or two higher (skipping)
     * happen.
     */
    public static GroupFit fit(Optional<GroupYears> old, Optional<GroupYears> now) {
        if (old.isEmpty() || now.isEmpty()) {
            return GroupFit.UNKNOWN;
        }
        int minDelta = now.get().lowest - old.get().highest;
        int maxDelta = now.get().highest - old.get().lowest;
        if (minDelta <= 1 && 1 <= maxDelta) {
            return GroupFit.EXPECTED;
        }
        if ((minDelta <= 0 && 0 <= maxDelta) || (minDelta <= 2 && 2 <= maxDelta)) {
            return GroupFit.REPEATED_OR_SKIPPED;
        }
        return GroupFit.INCOMPATIBLE;
    }

    /** Group context of a pair, with the factor the name score is multiplied by. */
    public enum GroupFit {
        EXPECTED(1.0, true),
        REPEATED_OR_SKIPPED(0.94, true),
        /** A group is missing on one side (teachers have none; that case never reaches here). */
        UNKNOWN(0.9, false),
        INCOMPATIBLE(0.72, false);

        private final double factor;
        private final boolean compatible;

        GroupFit(double factor, boolean compatible) {
            this.factor = factor;
            this.compatible = compatible;
        }

        public double factor() {
            return factor;
        }

        /** Compatible enough for an automatic merge. */
        public boolean compatible() {
            return compatible;
        }
    }
}
