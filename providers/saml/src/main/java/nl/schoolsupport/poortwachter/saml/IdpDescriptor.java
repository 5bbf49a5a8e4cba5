package nl.schoolsupport.poortwachter.saml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opensaml.security.credential.Credential;

/**
 * What we use from the IdP's metadata: its entity id, where to send AuthnRequests (HTTP-Redirect), the
 * signing keys to trust (several during a rollover), and whether it wants signed requests.
 */
record IdpDescriptor(String entityId, Optional<String> ssoRedirectUrl, List<X509Certificate> signingCertificates,
        List<Credential> signingCredentials, boolean wantAuthnRequestsSigned, Instant loadedAt, Optional<Instant> validUntil) {

    IdpDescriptor {
        signingCertificates = List.copyOf(signingCertificates);
        signingCredentials = List.copyOf(signingCredentials);
    }
}
