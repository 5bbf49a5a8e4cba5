package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** A reference digest is not SHA-256/384/512. Code {@code PW-SAML-014}. */
public final class DigestAlgorithmNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public DigestAlgorithmNotAllowedException(String message) {
        super(SamlErrorCode.DIGEST_ALGORITHM_NOT_ALLOWED, message);
    }

    public DigestAlgorithmNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.DIGEST_ALGORITHM_NOT_ALLOWED, message, cause);
    }
}
