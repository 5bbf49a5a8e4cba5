package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The message carries a DOCTYPE (DTD, entity declarations, XXE, entity expansion): never accepted. Code {@code PW-SAML-003}. */
public final class DtdNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public DtdNotAllowedException(String message) {
        super(SamlErrorCode.DTD_NOT_ALLOWED, message);
    }

    public DtdNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.DTD_NOT_ALLOWED, message, cause);
    }
}
