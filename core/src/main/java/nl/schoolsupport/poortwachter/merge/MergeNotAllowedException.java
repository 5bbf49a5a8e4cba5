package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** The actor may not merge or undo merges at this school (not its ICT coordinator). */
public class MergeNotAllowedException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public MergeNotAllowedException(String problem) {
        super(MergeErrorCode.NOT_ALLOWED, problem);
    }

    public MergeNotAllowedException(String problem, Throwable cause) {
        super(MergeErrorCode.NOT_ALLOWED, problem, cause);
    }
}
