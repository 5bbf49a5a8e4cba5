package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** An EncryptedAssertion could not be decrypted with the SP key, or used a refused algorithm. Code {@code PW-SAML-019}. */
public final class DecryptionFailedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public DecryptionFailedException(String message) {
        super(SamlErrorCode.DECRYPTION_FAILED, message);
    }

    public DecryptionFailedException(String message, Throwable cause) {
        super(SamlErrorCode.DECRYPTION_FAILED, message, cause);
    }
}
