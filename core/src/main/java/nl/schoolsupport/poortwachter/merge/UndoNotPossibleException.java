package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** The merge cannot be undone (undone already, or a later merge builds on it). */
public class UndoNotPossibleException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public UndoNotPossibleException(String problem) {
        super(MergeErrorCode.UNDO_NOT_POSSIBLE, problem);
    }
}
