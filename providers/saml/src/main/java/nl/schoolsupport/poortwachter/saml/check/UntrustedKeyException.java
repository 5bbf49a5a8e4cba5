package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The signature names (KeyInfo) a certificate that is not an IdP signing key from metadata; KeyInfo is never trusted. Code {@code PW-SAML-018}. */
public final class UntrustedKeyException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public UntrustedKeyException(String message) {
        super(SamlErrorCode.UNTRUSTED_KEY, message);
    }

    public UntrustedKeyException(String message, Throwable cause) {
        super(SamlErrorCode.UNTRUSTED_KEY, message, cause);
    }
}
