package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/**
 * A required attribute was not released by the IdP. Code {@code PW-SAML-032}. Profiles with their own error
 * page (Entree) throw their own exception with their own code instead.
 */
public final class AttributeMissingException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public AttributeMissingException(String message) {
        super(SamlErrorCode.ATTRIBUTE_MISSING, message);
    }
}
