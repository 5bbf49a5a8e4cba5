package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The element that must be signed (by configuration) carries no signature. Code {@code PW-SAML-012}. */
public final class SignatureMissingException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SignatureMissingException(String message) {
        super(SamlErrorCode.SIGNATURE_MISSING, message);
    }

    public SignatureMissingException(String message, Throwable cause) {
        super(SamlErrorCode.SIGNATURE_MISSING, message, cause);
    }
}
