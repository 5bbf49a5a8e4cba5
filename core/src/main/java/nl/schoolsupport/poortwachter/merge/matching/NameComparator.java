package nl.schoolsupport.poortwachter.merge.matching;

import java.util.Objects;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import nl.schoolsupport.poortwachter.merge.matching.NameComparison.FirstNameRelation;
import nl.schoolsupport.poortwachter.merge.matching.NameComparison.SurnameRelation;

/**
 * Compares two parsed names. Equivalences (same name spelled differently) are decided by rules and tables;
 * resemblances are measured with Apache Commons Text: Jaro-Winkler similarity (suits short names and rewards a
 * shared beginning) and a bounded Levenshtein distance to recognise one-edit typos.
 *
 * <p>The combined score is a weighted geometric mean, so a sibling (same surname, other first name) stays well
 * below a true match with a typo: siblings must not look plausible to each other.
 */
public final class NameComparator {

    static final double FIRST_WEIGHT = 0.45;
    static final double SURNAME_WEIGHT = 0.55;
    static final double SWAP_PENALTY = 0.96;
    static final double MISSING_PART = 0.7;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final int MIN_TYPO_LENGTH = 3;

    private final NameKnowledge knowledge;

    public NameComparator(NameKnowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge);
    }

    public NameComparison compare(ParsedName a, ParsedName b) {
        FirstNameRelation first = firstRelation(a.given(), a.givenFirst(), b.given(), b.givenFirst());
        SurnameRelation surname = surnameRelation(a, b);
        double score = combine(firstScore(first, a.given(), b.given()), surnameScore(surname, a, b));
        NameComparison straight = new NameComparison(score, first, surname, false);
        if (!a.hasGiven() || !b.hasGiven() || !a.hasSurname() || !b.hasSurname() || straight.equivalent()) {
            return straight;
        }
        NameComparison swapped = swapped(a, b);
        return swapped.score() > straight.score() ? swapped : straight;
    }

    /** First and last name swapped on one side: a's first name against b's surname and the other way round. */
    private NameComparison swapped(ParsedName a, ParsedName b) {
        String aGivenAsSurname = a.givenCompact();
        String bGivenAsSurname = b.givenCompact();
        boolean surnamesEqual = aGivenAsSurname.equals(b.surnameCompact()) || aGivenAsSurname.equals(b.surnameCore());
        boolean givenEqual = a.surnameCore().equals(bGivenAsSurname) || a.surnameCompact().equals(bGivenAsSurname);
        if (surnamesEqual && givenEqual) {
            return new NameComparison(SWAP_PENALTY, FirstNameRelation.EXACT, SurnameRelation.EXACT, true);
        }
        double f = similarity(a.surnameCore(), bGivenAsSurname);
        double s = similarity(aGivenAsSurname, b.surnameCore());
        return new NameComparison(combine(f, s) * SWAP_PENALTY, FirstNameRelation.SIMILAR, SurnameRelation.SIMILAR, true);
    }

    FirstNameRelation firstRelation(String a, String aFirst, String b, String bFirst) {
        if (a.isEmpty() || b.isEmpty()) {
            return FirstNameRelation.MISSING;
        }
        if (a.equals(b)) {
            return FirstNameRelation.EXACT;
        }
        if (knowledge.canonicalSpelling(a).equals(knowledge.canonicalSpelling(b))) {
            return FirstNameRelation.SPELLING_VARIANT;
        }
        if (!aFirst.equals(a) || !bFirst.equals(b)) {
            // several first names on one side: compare the first ones ("Anna Maria" against "Anna")
            if (aFirst.equals(bFirst) || knowledge.canonicalSpelling(aFirst).equals(knowledge.canonicalSpelling(bFirst))) {
                return FirstNameRelation.FIRST_OF_SEVERAL;
            }
        }
        if (knowledge.nicknameRelated(aFirst, bFirst) || knowledge.nicknameRelated(a, b)) {
            return FirstNameRelation.NICKNAME;
        }
        if (isTypo(a, b)) {
            return FirstNameRelation.TYPO;
        }
        return FirstNameRelation.SIMILAR;
    }

    SurnameRelation surnameRelation(ParsedName a, ParsedName b) {
        if (!a.hasSurname() || !b.hasSurname()) {
            return SurnameRelation.MISSING;
        }
        if (a.surnameCompact().equals(b.surnameCompact())) {
            return SurnameRelation.EXACT;
        }
        if (!a.surnameCore().isEmpty() && a.surnameCore().equals(b.surnameCore())) {
            return SurnameRelation.PARTICLE_DROPPED;
        }
        if ((!a.deglued().isEmpty() && (a.deglued().equals(b.surnameCore()) || a.deglued().equals(b.deglued())))
                || (!b.deglued().isEmpty() && b.deglued().equals(a.surnameCore()))) {
            return SurnameRelation.GLUED_PARTICLE;
        }
        if (partOf(a, b) || partOf(b, a)) {
            return SurnameRelation.PART_OF_DOUBLE;
        }
        if (isTypo(a.surnameCore(), b.surnameCore()) || isTypo(a.surnameCompact(), b.surnameCompact())) {
            return SurnameRelation.TYPO;
        }
        return SurnameRelation.SIMILAR;
    }

    /** Every word of the shorter double surname occurs in the longer one. */
    private static boolean partOf(ParsedName shorter, ParsedName longer) {
        return shorter.coreTokens().size() < longer.coreTokens().size() && !shorter.coreTokens().isEmpty()
                && longer.coreTokens().containsAll(shorter.coreTokens());
    }

    private static double firstScore(FirstNameRelation relation, String a, String b) {
        return switch (relation) {
            case EXACT -> 1.0;
            case SPELLING_VARIANT -> 0.96;
            case FIRST_OF_SEVERAL -> 0.93;
            case NICKNAME -> 0.92;
            case TYPO -> Math.max(0.88, similarity(a, b));
            case MISSING -> MISSING_PART;
            case SIMILAR, DIFFERENT -> similarity(a, b);
        };
    }

    private static double surnameScore(SurnameRelation relation, ParsedName a, ParsedName b) {
        return switch (relation) {
            case EXACT -> 1.0;
            case PARTICLE_DROPPED -> 0.97;
            case GLUED_PARTICLE -> 0.95;
            case PART_OF_DOUBLE -> 0.88;
            case TYPO -> Math.max(0.88, Math.max(similarity(a.surnameCore(), b.surnameCore()),
                    similarity(a.surnameCompact(), b.surnameCompact())));
            case MISSING -> MISSING_PART;
            case SIMILAR, DIFFERENT -> Math.max(similarity(a.surnameCore(), b.surnameCore()),
                    similarity(a.surnameCompact(), b.surnameCompact()));
        };
    }

    static double combine(double first, double surname) {
        return Math.pow(first, FIRST_WEIGHT) * Math.pow(surname, SURNAME_WEIGHT);
    }

    private static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return JARO_WINKLER.apply(a, b);
    }

    private static boolean isTypo(String a, String b) {
        return a.length() >= MIN_TYPO_LENGTH && b.length() >= MIN_TYPO_LENGTH && Math.abs(a.length() - b.length()) <= 1
                && ONE_EDIT.apply(a, b) >= 0;
    }
}
