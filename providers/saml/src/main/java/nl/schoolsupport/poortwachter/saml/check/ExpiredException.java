package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** A NotOnOrAfter has passed (beyond the clock skew), or an unsolicited response is older than allowed. Code {@code PW-SAML-023}. */
public final class ExpiredException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public ExpiredException(String message) {
        super(SamlErrorCode.EXPIRED, message);
    }

    public ExpiredException(String message, Throwable cause) {
        super(SamlErrorCode.EXPIRED, message, cause);
    }
}
