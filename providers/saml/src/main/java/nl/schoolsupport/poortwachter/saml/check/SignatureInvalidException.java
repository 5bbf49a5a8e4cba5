package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The signature value does not verify with any IdP signing key from metadata (content changed after signing). Code {@code PW-SAML-017}. */
public final class SignatureInvalidException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SignatureInvalidException(String message) {
        super(SamlErrorCode.SIGNATURE_INVALID, message);
    }

    public SignatureInvalidException(String message, Throwable cause) {
        super(SamlErrorCode.SIGNATURE_INVALID, message, cause);
    }
}
