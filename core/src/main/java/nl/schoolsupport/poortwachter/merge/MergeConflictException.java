package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** An account changed while merging or undoing (for instance it was merged meanwhile); nothing was changed. Reload and decide again. */
public class MergeConflictException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public MergeConflictException(String problem) {
        super(MergeErrorCode.CONFLICT, problem);
    }

    public MergeConflictException(String problem, Throwable cause) {
        super(MergeErrorCode.CONFLICT, problem, cause);
    }
}
