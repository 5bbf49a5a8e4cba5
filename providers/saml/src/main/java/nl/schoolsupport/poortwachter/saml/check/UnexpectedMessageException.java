package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The message is not a SAML 2.0 Response (other root element or version). Code {@code PW-SAML-005}. */
public final class UnexpectedMessageException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public UnexpectedMessageException(String message) {
        super(SamlErrorCode.UNEXPECTED_MESSAGE, message);
    }

    public UnexpectedMessageException(String message, Throwable cause) {
        super(SamlErrorCode.UNEXPECTED_MESSAGE, message, cause);
    }
}
