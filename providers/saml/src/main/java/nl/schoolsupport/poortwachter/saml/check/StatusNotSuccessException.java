package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The IdP answered with a status other than Success. Code {@code PW-SAML-009}. */
public final class StatusNotSuccessException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public StatusNotSuccessException(String message) {
        super(SamlErrorCode.STATUS_NOT_SUCCESS, message);
    }

    public StatusNotSuccessException(String message, Throwable cause) {
        super(SamlErrorCode.STATUS_NOT_SUCCESS, message, cause);
    }
}
