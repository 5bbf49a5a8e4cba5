package nl.schoolsupport.poortwachter.sync;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** A synchronisation step failed for a reason of the sync itself (not the directory's transport). */
public class SyncException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public SyncException(SyncErrorCode code, String message) {
        super(code, message);
    }

    public SyncException(SyncErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
