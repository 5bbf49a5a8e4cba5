package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** A NotBefore or IssueInstant lies in the future beyond the allowed clock skew. Code {@code PW-SAML-022}. */
public final class NotYetValidException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public NotYetValidException(String message) {
        super(SamlErrorCode.NOT_YET_VALID, message);
    }

    public NotYetValidException(String message, Throwable cause) {
        super(SamlErrorCode.NOT_YET_VALID, message, cause);
    }
}
