package nl.schoolsupport.poortwachter.merge.quality;

/** What the generator did to a legacy account; the scorer reports precision and recall per phenomenon. */
public enum Phenomenon {
    CLEAN,
    CASE_WHITESPACE,
    DIACRITICS,
    TURKISH_DOTLESS_I,
    INFIX_IN_LAST_NAME,
    INFIX_AFTER_COMMA,
    INFIX_CAPITALISED,
    INFIX_GLUED,
    INFIX_DROPPED,
    INFIX_IN_FIRST_NAME,
    IJ_Y,
    TYPO,
    NICKNAME,
    SPELLING_VARIANT,
    EL_PREFIX,
    DOUBLE_SURNAME_SHORTENED,
    SWAPPED,
    TEACHER_TITLE,
    CLASS_LETTER_CHANGED,
    REPEATED_YEAR,
    SKIPPED_YEAR,
    // context and hard negatives
    TWIN,
    SIBLING,
    DUPLICATE,
    SAME_NAME_TWICE,
    DEPARTED,
    LEFT_GROEP_8,
    DEPARTED_SAME_NAME_AS_NEW,
    TEST_ACCOUNT
}
