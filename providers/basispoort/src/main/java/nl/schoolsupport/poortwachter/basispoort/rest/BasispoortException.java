package nl.schoolsupport.poortwachter.basispoort.rest;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * A call to the Basispoort REST API failed. The message names the call (path, never personal data), what was
 * expected, what came, and what to check; {@link #errorCode()} is one of {@link BasispoortErrorCode}.
 */
public class BasispoortException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public BasispoortException(BasispoortErrorCode code, String message) {
        super(code, message);
    }

    public BasispoortException(BasispoortErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    public BasispoortErrorCode basispoortErrorCode() {
        return (BasispoortErrorCode) errorCode();
    }
}
