package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The requested return path is not a local path on the allow-list (open redirect). Code {@code PW-SAML-029}. */
public final class ReturnPathNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public ReturnPathNotAllowedException(String message) {
        super(SamlErrorCode.RETURN_PATH_NOT_ALLOWED, message);
    }

    public ReturnPathNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.RETURN_PATH_NOT_ALLOWED, message, cause);
    }
}
