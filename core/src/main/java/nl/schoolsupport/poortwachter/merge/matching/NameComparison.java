package nl.schoolsupport.poortwachter.merge.matching;

/**
 * How two names relate: a similarity in [0,1] and the kind of likeness of each part, which decides whether
 * the likeness is an equivalence (may merge automatically) or only a resemblance (a suggestion).
 *
 * @param swapped true if the likeness was found with first and last name swapped on one side
 */
public record NameComparison(double score, FirstNameRelation first, SurnameRelation surname, boolean swapped) {

    public static final NameComparison NONE = new NameComparison(0, FirstNameRelation.DIFFERENT, SurnameRelation.DIFFERENT,
            false);

    /**
     * Could be the same person going by the name alone: each part is equivalent or one edit off (or a shortened
     * double surname). A second plausible candidate on either side makes an automatic merge ambiguous; a sibling
     * (same surname, another first name) is not plausible.
     */
    public boolean plausible() {
        boolean firstOk = first.equivalent() || first == FirstNameRelation.TYPO;
        boolean surnameOk = surname.equivalent() || surname == SurnameRelation.TYPO || surname == SurnameRelation.PART_OF_DOUBLE;
        return firstOk && surnameOk;
    }

    /** Both parts are equivalent spellings of one name: only such pairs may merge without a person looking. */
    public boolean equivalent() {
        return first.equivalent() && surname.equivalent();
    }

    /** How first names are alike, strongest first. */
    public enum FirstNameRelation {
        EXACT(true),
        /** Listed spelling variants: Mohamed/Mohammed, Oemer/Ömer. */
        SPELLING_VARIANT(true),
        /** "Anna" against "Anna Maria". */
        FIRST_OF_SEVERAL(true),
        /** Listed nickname and official name: Liv/Olivia, Fie/Sophie. */
        NICKNAME(true),
        /** One edit apart. */
        TYPO(false),
        SIMILAR(false),
        /** One side has no first name (a surname-only or title-only account). */
        MISSING(false),
        DIFFERENT(false);

        private final boolean equivalent;

        FirstNameRelation(boolean equivalent) {
            this.equivalent = equivalent;
        }

        public boolean equivalent() {
            return equivalent;
        }
    }

    /** How surnames are alike, strongest first. */
    public enum SurnameRelation {
        /** Equal with particles, wherever they were written (also glued: Vandenberg). */
        EXACT(true),
        /** Equal without particles: a tussenvoegsel or "El" was dropped. */
        PARTICLE_DROPPED(true),
        /** Equal after removing a glued particle: Elamrani/Amrani. */
        GLUED_PARTICLE(true),
        /** A double surname shortened to one part: Jansen van Dijk → Jansen. */
        PART_OF_DOUBLE(false),
        TYPO(false),
        SIMILAR(false),
        MISSING(false),
        DIFFERENT(false);

        private final boolean equivalent;

        SurnameRelation(boolean equivalent) {
            this.equivalent = equivalent;
        }

        public boolean equivalent() {
            return equivalent;
        }
    }
}
