package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** No merge with this id. */
public class UnknownMergeException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public UnknownMergeException(MergeId id) {
        super(MergeErrorCode.UNKNOWN_MERGE, "no merge with id " + id);
    }
}
