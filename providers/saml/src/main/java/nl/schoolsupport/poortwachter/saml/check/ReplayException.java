package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The assertion id was accepted before (replay). Code {@code PW-SAML-027}. */
public final class ReplayException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(SamlErrorCode.REPLAY, message);
    }

    public ReplayException(String message, Throwable cause) {
        super(SamlErrorCode.REPLAY, message, cause);
    }
}
