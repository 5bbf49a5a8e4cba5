package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.realm.CompletedLogin;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.check.SamlCheckException;
import nl.schoolsupport.poortwachter.saml.demo.ResponseSpec;
import nl.schoolsupport.poortwachter.saml.testing.ResponseForge;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;

/** Responses that must pass: signed assertion, signed response, both, encrypted assertion; RelayState round trip. */
class AcceptedResponsesTest {

    private static SamlTestBed bed;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private record Started(SamlLoginRealm realm, String requestId, Optional<String> relayState) {
    }

    private Started start(SamlRealmConfig config, String browser, Optional<String> returnTo) {
        SamlLoginRealm realm = bed.realm(config);
        RedirectInstruction redirect = realm.start(new StartLogin(returnTo, Optional.of(browser), false));
        return new Started(realm, SamlTestBed.requestId(redirect), SamlTestBed.queryParameter(redirect, "RelayState"));
    }

    @Test
    void signedAssertionAnsweringOurRequestLogsIn() {
        SamlRealmConfig config = bed.config("entree").build();
        Started started = start(config, "browser-1", Optional.of("/toetsen/groep5?x=1"));
        ResponseSpec spec = bed.spec(config, Optional.of(started.requestId()));

        CompletedLogin login = started.realm().complete(SamlTestBed.callback("entree",
                ResponseForge.signedAssertion(spec, bed.idpKey).base64(), started.relayState(), Optional.of("browser-1")));

        assertThat(login.identity().subject()).isEqualTo("docent1");
        assertThat(login.identity().realmId()).isEqualTo("entree");
        assertThat(login.identity().name().first()).isEqualTo("Anna");
        assertThat(login.returnTo()).contains("/toetsen/groep5?x=1");
        assertThat(login.identity().authnInstant()).contains(spec.authnInstant());
        assertThat(login.identity().sessionIndex()).contains(spec.sessionIndex());
    }

    @Test
    void signedResponseWithUnsignedAssertionPassesWhenTheRealmRequiresTheResponseSignature() {
        SamlRealmConfig config = bed.config("response-signed").requiredSignature(SignatureRequirement.RESPONSE).build();
        Started started = start(config, "browser-2", Optional.empty());
        String response = ResponseForge.unsigned(bed.spec(config, Optional.of(started.requestId())))
                .signResponseWith(bed.idpKey).base64();

        CompletedLogin login = started.realm().complete(SamlTestBed.callback("response-signed", response, Optional.empty(),
                Optional.of("browser-2")));

        assertThat(login.identity().subject()).isEqualTo("docent1");
        assertThat(login.returnTo()).isEmpty();
    }

    @Test
    void bothSignedAsSimpleSamlPhpDoesPasses() {
        SamlRealmConfig config = bed.config("both").requiredSignature(SignatureRequirement.BOTH).build();
        Started started = start(config, "browser-3", Optional.empty());
        String response = ResponseForge.signedAssertion(bed.spec(config, Optional.of(started.requestId())), bed.idpKey)
                .signResponseWith(bed.idpKey).base64();

        assertThat(started.realm().complete(SamlTestBed.callback("both", response, Optional.empty(), Optional.of("browser-3")))
                .identity().subject()).isEqualTo("docent1");
    }

    @Test
    void encryptedSignedAssertionIsDecryptedWithTheSpKey() {
        SamlRealmConfig config = bed.config("encrypted").build();
        Started started = start(config, "browser-4", Optional.empty());
        String response = ResponseForge.signedAssertion(bed.spec(config, Optional.of(started.requestId())), bed.idpKey)
                .encryptFor(bed.spKey.certificate()).base64();
        assertThat(new String(java.util.Base64.getDecoder().decode(response), java.nio.charset.StandardCharsets.UTF_8))
                .contains("EncryptedAssertion").doesNotContain("docent1");

        CompletedLogin login = started.realm().complete(SamlTestBed.callback("encrypted", response, Optional.empty(),
                Optional.of("browser-4")));

        assertThat(login.identity().subject()).isEqualTo("docent1");
        assertThat(login.identity().name().last()).isEqualTo("Jansen");
    }

    @Test
    void unsolicitedResponsePassesWhereTheRealmAllowsIt() {
        SamlRealmConfig config = bed.config("idp-initiated").allowUnsolicited(true).build();
        SamlLoginRealm realm = bed.realm(config);
        String response = ResponseForge.signedAssertion(bed.spec(config, Optional.empty()), bed.idpKey).base64();

        CompletedLogin login = realm.complete(SamlTestBed.callback("idp-initiated", response, Optional.of("whatever"),
                Optional.empty()));

        assertThat(login.identity().subject()).isEqualTo("docent1");
        assertThat(login.returnTo()).as("an unknown RelayState gives no return path").isEmpty();
    }

    @Test
    void relayStateIsOneTime() {
        SamlRealmConfig config = bed.config("relay").allowUnsolicited(true).build();
        Started started = start(config, "browser-5", Optional.of("/home"));
        SamlLoginRealm realm = started.realm();
        String first = ResponseForge.signedAssertion(bed.spec(config, Optional.of(started.requestId())), bed.idpKey).base64();
        assertThat(realm.complete(SamlTestBed.callback("relay", first, started.relayState(), Optional.of("browser-5"))).returnTo())
                .contains("/home");

        String second = ResponseForge.signedAssertion(bed.spec(config, Optional.empty()), bed.idpKey).base64();
        assertThat(realm.complete(SamlTestBed.callback("relay", second, started.relayState(), Optional.empty())).returnTo())
                .isEmpty();
    }

    @Test
    void openRedirectReturnPathIsRefusedAtStart() {
        SamlLoginRealm realm = bed.realm(bed.config("entree").returnPathPrefixes(java.util.List.of("/app/")).build());
        for (String evil : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/app/../admin",
                "/app/%2e%2e/admin", "/other", " /app/x", "/app/x\r\nSet-Cookie:x"}) {
            assertThatThrownBy(() -> realm.start(new StartLogin(Optional.of(evil), Optional.of("b"), false)))
                    .as(evil).isInstanceOf(SamlCheckException.class)
                    .extracting(e -> ((SamlCheckException) e).errorCode().code()).isEqualTo("PW-SAML-029");
        }
        assertThat(realm.start(new StartLogin(Optional.of("/app/toets?id=3"), Optional.of("b"), false)).location()).isNotNull();
    }
}
