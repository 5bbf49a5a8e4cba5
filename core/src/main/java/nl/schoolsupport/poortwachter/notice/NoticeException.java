package nl.schoolsupport.poortwachter.notice;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** A notice could not be created, changed or imported; {@link #errorCode()} says why. Nothing was stored. */
public class NoticeException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public NoticeException(NoticeErrorCode code, String message) {
        super(code, message);
    }

    public NoticeException(NoticeErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
