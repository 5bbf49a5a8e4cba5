package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** Two elements carry the same ID value: the classic signature-wrapping set-up. Code {@code PW-SAML-007}. */
public final class DuplicateIdException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public DuplicateIdException(String message) {
        super(SamlErrorCode.DUPLICATE_ID, message);
    }

    public DuplicateIdException(String message, Throwable cause) {
        super(SamlErrorCode.DUPLICATE_ID, message, cause);
    }
}
