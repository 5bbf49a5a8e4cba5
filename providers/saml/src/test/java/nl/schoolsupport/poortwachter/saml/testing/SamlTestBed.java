package nl.schoolsupport.poortwachter.saml.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.JdbcOneTimeStore;
import nl.schoolsupport.poortwachter.jdbc.JdbcReplayCache;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.saml.AttributeMapper;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.KeyAndCertificate;
import nl.schoolsupport.poortwachter.saml.RedirectBinding;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.ResponseSpec;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

/**
 * A real SP set-up for tests: an in-memory H2 database with core's one-time store and replay cache, a movable
 * clock, an IdP key and an SP key generated now, and IdP metadata for that key. Close it after the class.
 */
public final class SamlTestBed implements AutoCloseable {

    public static final String IDP_ENTITY_ID = "https://idp.test.example/saml2/idp/metadata.php";
    public static final String BASE_URL = "https://app.test.example";

    public final MutableClock clock = new MutableClock();
    public final Database database = new Database(TestDatabases.h2());
    public final JdbcOneTimeStore oneTimeStore;
    public final JdbcReplayCache replayCache;
    public final KeyAndCertificate idpKey = TestKeyPairs.rsa("Test IdP");
    public final KeyAndCertificate spKey = TestKeyPairs.rsa("Test SP");
    public final DemoIdentityProvider idp;

    public SamlTestBed() {
        database.start();
        oneTimeStore = new JdbcOneTimeStore(database, clock);
        replayCache = new JdbcReplayCache(database, clock);
        idp = new DemoIdentityProvider(IDP_ENTITY_ID, "https://idp.test.example/saml2/idp/SSOService.php", List.of(), idpKey, clock);
    }

    public SamlRealmConfig.Builder config(String realmId) {
        return SamlRealmConfig.builder(realmId, BASE_URL);
    }

    public IdpMetadata idpMetadata() {
        return IdpMetadata.fromXml("test.idp-metadata", idp.metadataXml(), clock);
    }

    public SamlLoginRealm realm(SamlRealmConfig config) {
        return realm(config, SIMPLE_MAPPER);
    }

    public SamlLoginRealm realm(SamlRealmConfig config, AttributeMapper mapper) {
        return new SamlLoginRealm(config, idpMetadata(), SpCredentials.of(spKey), mapper, oneTimeStore, replayCache, clock);
    }

    public SamlLoginRealm realm(SamlRealmConfig config, IdpMetadata metadata) {
        return new SamlLoginRealm(config, metadata, SpCredentials.of(spKey), SIMPLE_MAPPER, oneTimeStore, replayCache, clock);
    }

    /** An md:KeyDescriptor (signing) for {@code key}, to add a second IdP key to metadata XML. */
    public static String keyDescriptor(KeyAndCertificate key) {
        try {
            return "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data>"
                    + "<ds:X509Certificate>" + java.util.Base64.getEncoder().encodeToString(key.certificate().getEncoded())
                    + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correct response for {@code config}, issued now by the test IdP. */
    public ResponseSpec spec(SamlRealmConfig config, Optional<String> inResponseTo) {
        return ResponseSpec.standard(IDP_ENTITY_ID, config.acsUrl(), config.spEntityId(), inResponseTo, "docent1",
                Map.of("givenName", List.of("Anna"), "sn", List.of("Jansen")), clock.instant());
    }

    public static ProtocolCallback callback(String realmId, String samlResponse, Optional<String> relayState,
            Optional<String> browserBinding) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("SAMLResponse", List.of(samlResponse));
        relayState.ifPresent(r -> parameters.put("RelayState", List.of(r)));
        return new ProtocolCallback(realmId, parameters, browserBinding, ClientInfo.UNKNOWN);
    }

    /** A query parameter of the redirect (URL-decoded). */
    public static Optional<String> queryParameter(RedirectInstruction redirect, String name) {
        String query = redirect.location().getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The AuthnRequest XML of a redirect. */
    public static String authnRequestXml(RedirectInstruction redirect) {
        return RedirectBinding.decode(queryParameter(redirect, "SAMLRequest").orElseThrow());
    }

    /** The ID of the AuthnRequest in a redirect. */
    public static String requestId(RedirectInstruction redirect) {
        Matcher m = Pattern.compile(" ID=\"([^\"]+)\"").matcher(authnRequestXml(redirect));
        if (!m.find()) {
            throw new IllegalStateException("no ID in AuthnRequest");
        }
        return m.group(1);
    }

    public static URI base(RedirectInstruction redirect) {
        URI l = redirect.location();
        return URI.create(l.getScheme() + "://" + l.getRawAuthority() + l.getRawPath());
    }

    /** Subject = NameID, teacher, name from givenName/sn. */
    public static final AttributeMapper SIMPLE_MAPPER = (realmId, assertion) -> ExternalIdentity.builder(realmId, assertion.nameId())
            .role(Role.TEACHER)
            .name(PersonName.of(assertion.first("givenName").orElse(""), "", assertion.first("sn").orElse("")))
            .attributes(assertion.attributeMap())
            .build();

    @Override
    public void close() {
        database.close();
    }
}
