package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The signature method is not on the allow-list (RSA-SHA256/384/512, ECDSA-SHA256/384/512); SHA-1, MD5 and HMAC are refused. Code {@code PW-SAML-013}. */
public final class SignatureAlgorithmNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SignatureAlgorithmNotAllowedException(String message) {
        super(SamlErrorCode.SIGNATURE_ALGORITHM_NOT_ALLOWED, message);
    }

    public SignatureAlgorithmNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.SIGNATURE_ALGORITHM_NOT_ALLOWED, message, cause);
    }
}
