package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** IdP metadata could not be used: unreadable, unsigned or badly signed when a federation certificate is configured, expired, or without the IdP. Code {@code PW-SAML-031}. */
public final class MetadataInvalidException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public MetadataInvalidException(String message) {
        super(SamlErrorCode.METADATA_INVALID, message);
    }

    public MetadataInvalidException(String message, Throwable cause) {
        super(SamlErrorCode.METADATA_INVALID, message, cause);
    }
}
