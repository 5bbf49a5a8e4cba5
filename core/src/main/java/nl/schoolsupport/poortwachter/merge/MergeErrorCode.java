package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Error codes of account merging and the merge-preview CLI; documented in docs/merge.md. */
public enum MergeErrorCode implements ErrorCode {
    /** The actor may not merge accounts of this school. */
    NOT_ALLOWED("PW-MERGE-001"),
    /** The two accounts cannot be merged (other school or role, the same account, not active). */
    NOT_MERGEABLE("PW-MERGE-002"),
    /** An account changed while the merge or undo ran (merged meanwhile); nothing was changed. */
    CONFLICT("PW-MERGE-003"),
    /** No merge with this id. */
    UNKNOWN_MERGE("PW-MERGE-004"),
    /** The merge cannot be undone (already undone, or a later merge builds on it). */
    UNDO_NOT_POSSIBLE("PW-MERGE-005"),
    /** A merge participant failed; the transaction was rolled back. */
    PARTICIPANT_FAILED("PW-MERGE-006"),
    /** A merge-preview input file is not valid CSV of the documented shape. */
    MALFORMED_CSV("PW-MERGE-007"),
    /** merge-preview was called with wrong arguments. */
    BAD_ARGUMENTS("PW-MERGE-008"),
    /** merge-preview could not write its output. */
    OUTPUT_FAILED("PW-MERGE-009");

    private final String code;

    MergeErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
