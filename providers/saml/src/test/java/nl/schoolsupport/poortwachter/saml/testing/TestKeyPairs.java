package nl.schoolsupport.poortwachter.saml.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;

import nl.schoolsupport.poortwachter.saml.KeyAndCertificate;
import nl.schoolsupport.poortwachter.saml.SpKeys;

/** Keys and self-signed certificates generated at test time; nothing is committed. */
public final class TestKeyPairs {

    private TestKeyPairs() {
    }

    public static KeyAndCertificate rsa(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return SpKeys.selfSigned(generator.generateKeyPair(), commonName, Duration.ofDays(30));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
