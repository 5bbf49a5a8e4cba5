package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import com.sun.net.httpserver.HttpServer;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.realm.ProviderUnavailableException;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.XmlSigner;
import nl.schoolsupport.poortwachter.saml.testing.ResponseForge;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;

/** IdP metadata: file, loopback http, federation signature, several signing keys, last good copy on error. */
class IdpMetadataTest {

    private static SamlTestBed bed;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static String signed(String metadataXml, KeyAndCertificate federation) {
        Element root = SecureXml.parse(metadataXml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        root.setAttributeNS(null, "ID", "_md1");
        XmlSigner.sign(root, federation);
        return SerializeSupport.nodeToString(root);
    }

    @Test
    void fileMetadataIsLoadedAndServesTheRealm() throws IOException {
        Path file = dir.resolve("idp.xml");
        Files.writeString(file, bed.idp.metadataXml());
        IdpMetadata metadata = IdpMetadata.fromLocation("entree.idp-metadata", file.toString(), Optional.empty(), Optional.empty(),
                Duration.ofHours(1), bed.clock);
        metadata.start();
        try {
            assertThat(metadata.entityId()).contains(SamlTestBed.IDP_ENTITY_ID);
            assertThat(metadata.current().ssoRedirectUrl()).contains(bed.idp.ssoUrl());
            assertThat(metadata.current().signingCertificates()).containsExactly(bed.idpKey.certificate());
        } finally {
            metadata.close();
        }
    }

    @Test
    void federationSignatureIsRequiredWhenAFederationCertificateIsConfigured() throws IOException {
        KeyAndCertificate federation = TestKeyPairs.rsa("federation");
        Path good = dir.resolve("signed.xml");
        Files.writeString(good, signed(bed.idp.metadataXml(), federation));
        IdpMetadata ok = IdpMetadata.fromLocation("k", good.toString(), Optional.of(federation.certificate()), Optional.empty(),
                Duration.ofHours(1), bed.clock);
        assertThat(ok.reload()).isTrue();

        Path unsigned = dir.resolve("unsigned.xml");
        Files.writeString(unsigned, bed.idp.metadataXml());
        IdpMetadata refused = IdpMetadata.fromLocation("k", unsigned.toString(), Optional.of(federation.certificate()),
                Optional.empty(), Duration.ofHours(1), bed.clock);
        assertThat(refused.reload()).isFalse();
        assertThat(refused.lastProblem()).get().asString().contains("PW-SAML-012");
        assertThatThrownBy(refused::current).isInstanceOf(ProviderUnavailableException.class)
                .extracting(e -> ((ProviderUnavailableException) e).errorCode().code()).isEqualTo("PW-SAML-030");

        Path tampered = dir.resolve("tampered.xml");
        Files.writeString(tampered, signed(bed.idp.metadataXml(), federation).replace(bed.idp.ssoUrl(), "https://evil.example/sso"));
        IdpMetadata bad = IdpMetadata.fromLocation("k", tampered.toString(), Optional.of(federation.certificate()),
                Optional.empty(), Duration.ofHours(1), bed.clock);
        assertThat(bad.reload()).isFalse();
        assertThat(bad.lastProblem()).get().asString().contains("PW-SAML-017");
    }

    @Test
    void severalSigningKeysAreAcceptedForARollover() throws IOException {
        KeyAndCertificate newKey = TestKeyPairs.rsa("Test IdP 2026");
        String twoKeys = bed.idp.metadataXml().replace("</md:KeyDescriptor>",
                "</md:KeyDescriptor>" + SamlTestBed.keyDescriptor(newKey));
        SamlRealmConfig config = bed.config("rollover").allowUnsolicited(true).build();
        SamlLoginRealm realm = bed.realm(config, IdpMetadata.fromXml("k", twoKeys, bed.clock));

        for (KeyAndCertificate key : List.of(bed.idpKey, newKey)) {
            String response = ResponseForge.signedAssertion(bed.spec(config, Optional.empty()), key).base64();
            assertThat(realm.complete(SamlTestBed.callback("rollover", response, Optional.empty(), Optional.empty()))
                    .identity().subject()).isEqualTo("docent1");
        }
    }

    @Test
    void httpMetadataRefreshKeepsTheLastGoodCopyWhenTheSourceBreaks() throws IOException {
        AtomicReference<String> served = new AtomicReference<>(bed.idp.metadataXml());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metadata", exchange -> {
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(served.get().isEmpty() ? 503 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/metadata";
            IdpMetadata metadata = IdpMetadata.fromLocation("entree.idp-metadata", url, Optional.empty(), Optional.empty(),
                    Duration.ofHours(1), bed.clock);
            assertThat(metadata.reload()).isTrue();

            served.set("");
            assertThat(metadata.reload()).isFalse();
            assertThat(metadata.lastProblem()).get().asString().contains("503");
            served.set("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"/>");
            assertThat(metadata.reload()).isFalse();

            SamlLoginRealm realm = bed.realm(bed.config("entree").build(), metadata);
            assertThat(realm.start(new StartLogin(Optional.empty(), Optional.of("b"), false)).location().toString())
                    .startsWith(bed.idp.ssoUrl());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void locationsAreCheckedAtConfiguration() {
        assertThatThrownBy(() -> IdpMetadata.fromLocation("entree.idp-metadata", "http://idp.example/metadata", Optional.empty(),
                Optional.empty(), Duration.ofHours(1), bed.clock)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("entree.idp-metadata").hasMessageContaining("https");
        assertThatThrownBy(() -> IdpMetadata.fromLocation("entree.idp-metadata", " ", Optional.empty(), Optional.empty(),
                Duration.ofHours(1), bed.clock)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aFederationWithSeveralIdpsNeedsTheEntityIdConfigured() {
        DemoIdentityProvider other = new DemoIdentityProvider("https://other-idp.example", "https://other-idp.example/sso", List.of(),
                TestKeyPairs.rsa("other"), bed.clock);
        String both = "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                + bed.idp.metadataXml().replaceFirst("<\\?xml[^>]*>", "") + other.metadataXml().replaceFirst("<\\?xml[^>]*>", "")
                + "</md:EntitiesDescriptor>";
        IdpMetadata ambiguous = IdpMetadata.fromXml("k", both, bed.clock);
        assertThat(ambiguous.reload()).isFalse();
        assertThat(ambiguous.lastProblem()).get().asString().contains("PW-SAML-031").contains("exactly one");
    }
}
