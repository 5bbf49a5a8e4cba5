package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.saml.testing.MutableClock;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;

/** SP metadata names our entity id and ACS and publishes the signing, encryption and next certificates. */
class SpMetadataTest {

    @Test
    void publishesEntityAcsAndCurrentAndNextCertificates() throws Exception {
        KeyAndCertificate current = TestKeyPairs.rsa("sp current");
        KeyAndCertificate next = TestKeyPairs.rsa("sp next");
        SamlRealmConfig config = SamlRealmConfig.builder("entree", "https://login.school.example/").provisioning(ProvisioningPolicy.AUTO)
                .build();
        MutableClock clock = new MutableClock();
        OneTimeStore unused = new OneTimeStore() {
            @Override
            public void put(String purpose, String key, String value, java.time.Instant expiresAt) {
                throw new AssertionError("metadata must not touch the store");
            }

            @Override
            public Optional<String> take(String purpose, String key) {
                throw new AssertionError("metadata must not touch the store");
            }
        };
        SamlLoginRealm realm = new SamlLoginRealm(config, IdpMetadata.fromXml("k", "<x/>", clock),
                SpCredentials.of(current).withNext(next), SamlTestBed.SIMPLE_MAPPER, unused, (n, i, e) -> true, clock);

        String xml = realm.spMetadataXml();

        assertThat(xml).contains("entityID=\"https://login.school.example/saml/entree\"")
                .contains("Location=\"https://login.school.example/saml/entree/acs\"")
                .contains("Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"")
                .contains("AuthnRequestsSigned=\"true\"").contains("WantAssertionsSigned=\"true\"")
                .contains(Base64.getEncoder().encodeToString(current.certificate().getEncoded()).substring(0, 60))
                .contains(Base64.getEncoder().encodeToString(next.certificate().getEncoded()).substring(0, 60));
        assertThat(xml.split("use=\"signing\"", -1)).hasSize(3);
        assertThat(xml.split("use=\"encryption\"", -1)).hasSize(3);
        assertThat(config.metadataUrl()).isEqualTo("https://login.school.example/saml/entree/metadata");
        assertThat(SecureXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement().getLocalName())
                .isEqualTo("EntityDescriptor");
    }
}
