package nl.schoolsupport.poortwachter.saml;

import nl.schoolsupport.poortwachter.realm.ExternalIdentity;

/**
 * Turns a validated assertion into the identity core understands: the profile-specific part of a SAML realm
 * (Entree's attribute names, Basispoort's). Throw a {@code LoginFailedException} subclass with a stable code
 * for a missing or unusable attribute; never log attribute values.
 */
@FunctionalInterface
public interface AttributeMapper {

    ExternalIdentity map(String realmId, SamlAssertion assertion);
}
