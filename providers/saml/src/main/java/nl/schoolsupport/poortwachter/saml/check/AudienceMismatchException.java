package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The assertion's AudienceRestriction does not name our SP entity id. Code {@code PW-SAML-021}. */
public final class AudienceMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public AudienceMismatchException(String message) {
        super(SamlErrorCode.AUDIENCE_MISMATCH, message);
    }

    public AudienceMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.AUDIENCE_MISMATCH, message, cause);
    }
}
