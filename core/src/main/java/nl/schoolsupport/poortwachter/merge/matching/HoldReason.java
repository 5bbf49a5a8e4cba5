package nl.schoolsupport.poortwachter.merge.matching;

/** Why a legacy account was not merged automatically; shown to the coordinator next to the suggestions. */
public enum HoldReason {
    /** Named like a test or demo account. */
    TEST_ACCOUNT,
    /** Was in groep 8: expected to have left for secondary school. */
    EXPECTED_LEFT,
    /** No imported account looks like it. */
    NO_CANDIDATE,
    /** The best candidate's name is only similar (typo, shortened surname), not the same name. */
    NAME_ONLY_SIMILAR,
    /** More than one account on either side fits the name (twins, duplicates, the same name twice). */
    AMBIGUOUS,
    /** The name is so common that a different child with that name is a real possibility. */
    COMMON_NAME,
    /** The groups do not fit (or one is unknown). */
    GROUP_MISMATCH,
    /** Title-only name ("Juf Marieke"): no surname to compare. */
    NO_SURNAME
}
