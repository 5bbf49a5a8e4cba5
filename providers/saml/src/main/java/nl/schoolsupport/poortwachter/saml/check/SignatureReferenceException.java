package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The signature does not cover exactly the element being used (wrong or extra references, signature not a direct child). Code {@code PW-SAML-016}. */
public final class SignatureReferenceException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SignatureReferenceException(String message) {
        super(SamlErrorCode.SIGNATURE_REFERENCE, message);
    }

    public SignatureReferenceException(String message, Throwable cause) {
        super(SamlErrorCode.SIGNATURE_REFERENCE, message, cause);
    }
}
