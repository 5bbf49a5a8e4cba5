package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The message contains XML comments or processing instructions (comment injection, e.g. in NameID). Code {@code PW-SAML-006}. */
public final class CommentNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public CommentNotAllowedException(String message) {
        super(SamlErrorCode.COMMENT_NOT_ALLOWED, message);
    }

    public CommentNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.COMMENT_NOT_ALLOWED, message, cause);
    }
}
