package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** No bearer SubjectConfirmationData has our ACS URL as Recipient. Code {@code PW-SAML-020}. */
public final class RecipientMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public RecipientMismatchException(String message) {
        super(SamlErrorCode.RECIPIENT_MISMATCH, message);
    }

    public RecipientMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.RECIPIENT_MISMATCH, message, cause);
    }
}
