package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** InResponseTo names a pending request that another browser session started. Code {@code PW-SAML-025}. */
public final class BrowserMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public BrowserMismatchException(String message) {
        super(SamlErrorCode.BROWSER_MISMATCH, message);
    }

    public BrowserMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.BROWSER_MISMATCH, message, cause);
    }
}
