package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;
import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/**
 * A SAML message failed one check. Each check has its own subclass and {@link SamlErrorCode}; the message
 * says what was expected and what came, never personal data (no NameID, no attribute values, never the
 * message itself), so it can be logged as it is.
 */
public abstract class SamlCheckException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    protected SamlCheckException(SamlErrorCode code, String message) {
        super(code, message);
    }

    protected SamlCheckException(SamlErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public SamlErrorCode errorCode() {
        return (SamlErrorCode) super.errorCode();
    }
}
