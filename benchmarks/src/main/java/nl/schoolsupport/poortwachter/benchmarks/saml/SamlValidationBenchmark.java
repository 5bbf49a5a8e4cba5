package nl.schoolsupport.poortwachter.benchmarks.saml;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.xml.security.signature.XMLSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;

import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.OpenSaml;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.SignatureRequirement;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.SpKeys;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.DemoUser;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;

/**
 * Validation throughput of one signed SAML response (Response and Assertion signed, RSA-SHA256, as SimpleSAMLphp
 * sends them), in process, on the same bytes:
 * <ul>
 *   <li>{@code poortwachter}: {@link SamlLoginRealm#complete}: decode, parse with schema validation, every check,
 *       both signatures, attribute mapping;</li>
 *   <li>{@code javaSamlStrict}: OneLogin java-saml 2.9.0 in strict mode ({@code SamlResponse.isValid()}), signed
 *       messages and assertions required, XML validation on;</li>
 *   <li>{@code rawParseAndVerify}: the floor: secure DOM parse (no schema) and Santuario verification of both
 *       signatures with the known key, nothing else.</li>
 * </ul>
 * The replay cache is an in-memory stand-in that accepts every id (the same bytes are validated again and again;
 * the real cache is one database insert, outside what is compared here). The SP's clock is fixed at set-up so the
 * response stays within its validity window for the whole run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 6, time = 3)
@Threads(1)
public class SamlValidationBenchmark {

    static final String BASE = "https://login.school.example";
    static final String IDP = "https://idp.school.example/metadata";

    String samlResponse;
    byte[] xml;
    SamlLoginRealm realm;
    ProtocolCallback callback;
    Saml2Settings javaSamlSettings;
    PublicKey idpKey;
    final AtomicLong replayChecks = new AtomicLong();

    @Setup
    public void setUp() throws Exception {
        OpenSaml.init();
        Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
        attributes.put("uid", List.of("leerling2"));
        attributes.put("givenName", List.of("Zoë"));
        attributes.put("sn", List.of("Çelik"));
        attributes.put("eduPersonAffiliation", List.of("student"));
        attributes.put("nlEduPersonHomeOrganizationId", List.of("12AB"));
        attributes.put("eckId", List.of("https://ketenid.nl/201703/c47d2e8f19a3b5c60d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192"));
        DemoIdentityProvider idp = new DemoIdentityProvider(IDP, "https://idp.school.example/sso",
                List.of(new DemoUser("leerling2", "Zoë Çelik", "leerling2", attributes)));
        Instant issued = Instant.now();
        SamlRealmConfig config = SamlRealmConfig.builder("entree", BASE).allowUnsolicited(true)
                .unsolicitedMaxAge(Duration.ofMinutes(30)).requiredSignature(SignatureRequirement.BOTH).build();
        samlResponse = idp.respond(Optional.empty(), "leerling2", config.acsUrl(), config.spEntityId(), Optional.empty())
                .fields().get("SAMLResponse");
        xml = Base64.getDecoder().decode(samlResponse);

        Clock fixed = Clock.fixed(issued.plusSeconds(1), ZoneOffset.UTC);
        ReplayCache acceptAll = (namespace, id, expiresAt) -> {
            replayChecks.incrementAndGet();
            return true;
        };
        OneTimeStore noRelayState = new OneTimeStore() {
            @Override
            public void put(String purpose, String key, String value, Instant expiresAt) {
                throw new IllegalStateException("not used for unsolicited responses");
            }

            @Override
            public Optional<String> take(String purpose, String key) {
                return Optional.empty();
            }
        };
        realm = new SamlLoginRealm(config, IdpMetadata.fromXml("bench", idp.metadataXml(), fixed),
                SpCredentials.of(SpKeys.generate("bench SP")),
                (realmId, a) -> ExternalIdentity.builder(realmId, a.nameId()).role(Role.PUPIL)
                        .name(PersonName.of(a.first("givenName").orElse(""), "", a.first("sn").orElse("")))
                        .attributes(a.attributeMap()).build(),
                noRelayState, acceptAll, fixed);
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("SAMLResponse", List.of(samlResponse));
        callback = new ProtocolCallback("entree", parameters, Optional.empty(), ClientInfo.UNKNOWN);

        String certificate = certificateOf(idp.metadataXml());
        idpKey = SpKeys.readCertificate(certificate).getPublicKey();
        Map<String, Object> settings = new HashMap<>();
        settings.put("onelogin.saml2.strict", true);
        settings.put("onelogin.saml2.sp.entityid", config.spEntityId());
        settings.put("onelogin.saml2.sp.assertion_consumer_service.url", config.acsUrl());
        settings.put("onelogin.saml2.idp.entityid", IDP);
        settings.put("onelogin.saml2.idp.single_sign_on_service.url", "https://idp.school.example/sso");
        settings.put("onelogin.saml2.idp.x509cert", certificate);
        settings.put("onelogin.saml2.security.want_messages_signed", true);
        settings.put("onelogin.saml2.security.want_assertions_signed", true);
        settings.put("onelogin.saml2.security.want_xml_validation", true);
        settings.put("onelogin.saml2.security.reject_deprecated_alg", true);
        javaSamlSettings = new SettingsBuilder().fromValues(settings).build();
    }

    private static String certificateOf(String metadataXml) {
        Matcher m = Pattern.compile("<ds:X509Certificate>([^<]+)</ds:X509Certificate>").matcher(metadataXml);
        if (!m.find()) {
            throw new IllegalStateException("no certificate in demo IdP metadata");
        }
        return m.group(1).replaceAll("\\s+", "");
    }

    @Benchmark
    public ExternalIdentity poortwachter() {
        return realm.complete(callback).identity();
    }

    @Benchmark
    public boolean javaSamlStrict() throws Exception {
        HttpRequest request = new HttpRequest(BASE + "/saml/entree/acs", (String) null)
                .addParameter("SAMLResponse", samlResponse);
        SamlResponse response = new SamlResponse(javaSamlSettings, request);
        if (!response.isValid()) {
            throw new IllegalStateException("java-saml refused the response: " + response.getError());
        }
        return true;
    }

    @Benchmark
    public boolean rawParseAndVerify() throws Exception {
        Document document = SecureXml.parse(xml);
        Element response = document.getDocumentElement();
        Element assertion = child(response, "Assertion");
        response.setIdAttributeNS(null, "ID", true);
        assertion.setIdAttributeNS(null, "ID", true);
        return verify(child(response, "Signature")) && verify(child(assertion, "Signature"));
    }

    private boolean verify(Element signatureElement) throws Exception {
        XMLSignature signature = new XMLSignature(signatureElement, "", true);
        if (!signature.checkSignatureValue(idpKey)) {
            throw new IllegalStateException("raw verification failed");
        }
        return true;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException("no " + localName);
    }

    /** Size of the benchmarked message, for the report. */
    int messageBytes() {
        return samlResponse.getBytes(StandardCharsets.US_ASCII).length;
    }
}
