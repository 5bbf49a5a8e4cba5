package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** InResponseTo names no pending AuthnRequest of this realm (unknown, expired or already used). Code {@code PW-SAML-024}. */
public final class InResponseToMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public InResponseToMismatchException(String message) {
        super(SamlErrorCode.IN_RESPONSE_TO_MISMATCH, message);
    }

    public InResponseToMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.IN_RESPONSE_TO_MISMATCH, message, cause);
    }
}
