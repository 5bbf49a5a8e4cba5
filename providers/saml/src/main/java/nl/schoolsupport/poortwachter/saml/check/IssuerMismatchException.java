package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The Issuer of the Response or Assertion is not the IdP entity id from metadata. Code {@code PW-SAML-010}. */
public final class IssuerMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public IssuerMismatchException(String message) {
        super(SamlErrorCode.ISSUER_MISMATCH, message);
    }

    public IssuerMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.ISSUER_MISMATCH, message, cause);
    }
}
