package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The assertion has no usable Subject (NameID) or no AuthnStatement. Code {@code PW-SAML-028}. */
public final class SubjectInvalidException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SubjectInvalidException(String message) {
        super(SamlErrorCode.SUBJECT_INVALID, message);
    }

    public SubjectInvalidException(String message, Throwable cause) {
        super(SamlErrorCode.SUBJECT_INVALID, message, cause);
    }
}
