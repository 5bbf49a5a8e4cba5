package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The message does not validate against the SAML 2.0 protocol/assertion schemas. Code {@code PW-SAML-004}. */
public final class SchemaViolationException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public SchemaViolationException(String message) {
        super(SamlErrorCode.SCHEMA_INVALID, message);
    }

    public SchemaViolationException(String message, Throwable cause) {
        super(SamlErrorCode.SCHEMA_INVALID, message, cause);
    }
}
