package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The HTTP-POST parameters do not carry one well-formed, base64-encoded SAMLResponse of acceptable size. Code {@code PW-SAML-001}. */
public final class MalformedMessageException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(SamlErrorCode.MALFORMED_MESSAGE, message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(SamlErrorCode.MALFORMED_MESSAGE, message, cause);
    }
}
