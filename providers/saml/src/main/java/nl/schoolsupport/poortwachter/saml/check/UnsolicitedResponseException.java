package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** An unsolicited (IdP-initiated) response reached a realm that only accepts answers to its own requests. Code {@code PW-SAML-026}. */
public final class UnsolicitedResponseException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public UnsolicitedResponseException(String message) {
        super(SamlErrorCode.UNSOLICITED_NOT_ALLOWED, message);
    }

    public UnsolicitedResponseException(String message, Throwable cause) {
        super(SamlErrorCode.UNSOLICITED_NOT_ALLOWED, message, cause);
    }
}
