package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The Response does not hold exactly one Assertion (plain or encrypted) directly under it, and none elsewhere. Code {@code PW-SAML-008}. */
public final class AssertionCountException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public AssertionCountException(String message) {
        super(SamlErrorCode.ASSERTION_COUNT, message);
    }

    public AssertionCountException(String message, Throwable cause) {
        super(SamlErrorCode.ASSERTION_COUNT, message, cause);
    }
}
