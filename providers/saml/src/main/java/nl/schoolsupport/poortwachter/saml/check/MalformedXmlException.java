package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The decoded message is not well-formed XML. Code {@code PW-SAML-002}. */
public final class MalformedXmlException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public MalformedXmlException(String message) {
        super(SamlErrorCode.MALFORMED_XML, message);
    }

    public MalformedXmlException(String message, Throwable cause) {
        super(SamlErrorCode.MALFORMED_XML, message, cause);
    }
}
