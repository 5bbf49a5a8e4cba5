package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.CompletedLogin;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.demo.ResponseSpec;
import nl.schoolsupport.poortwachter.saml.testing.ResponseForge;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What is specific to the Basispoort profile, attacked with crafted responses (real signatures, keys made now): the
 * short maximum age of a tile (unsolicited) response, replay of a tile response, a response for another SP, a
 * response without the Basispoort user id; and that the full check set applies to unsolicited responses too.
 */
class BasispoortCraftedResponsesTest {

    private static final String USER_ID = "1001501";
    private static SamlTestBed bed;
    private static BasispoortLoginSettings settings;
    private static SamlLoginRealm realm;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
        settings = settings(Map.of());
        realm = realm(settings);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static BasispoortLoginSettings settings(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.put("public-base-url", SamlTestBed.BASE_URL);
        return BasispoortLoginSettings.fromProperties(properties, Optional.of(bed.idp.metadataXml()));
    }

    private static SamlLoginRealm realm(BasispoortLoginSettings s) {
        return new BasispoortLoginRealm(s.realm(), bed.idpMetadata(), SpCredentials.of(bed.spKey),
                new BasispoortAttributeMapper(s.mapping(), InstitutionSchools.NONE), bed.oneTimeStore, bed.replayCache, bed.clock);
    }

    private static Map<String, List<String>> tileAttributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("basispoortId", List.of(USER_ID));
        attributes.put("instellingId", List.of("1001"));
        attributes.put("brincode", List.of("12AB"));
        attributes.put("dependancecode", List.of("00"));
        attributes.put("rol", List.of("Leerling"));
        attributes.put("voornaam", List.of("Zo\u00eb"));
        attributes.put("achternaam", List.of("\u00c7elik"));
        attributes.put("eckId", List.of("https://ketenid.nl/201703/c11a01abb33f16ba903c6a84d8b5aecaa1838dc8ed550909"));
        return attributes;
    }

    /** A correct tile response: unsolicited, issued now, for our entity id and ACS. */
    private static ResponseSpec tile(SamlLoginRealm target) {
        return ResponseSpec.standard(SamlTestBed.IDP_ENTITY_ID, target.config().acsUrl(), target.config().spEntityId(),
                Optional.empty(), "opaque-name-id", tileAttributes(), bed.clock.instant());
    }

    private static String signed(ResponseSpec spec) {
        return ResponseForge.signedAssertion(spec, bed.idpKey).signResponseWith(bed.idpKey).base64();
    }

    private static CompletedLogin post(SamlLoginRealm target, String samlResponse) {
        return target.complete(SamlTestBed.callback(BasispoortLoginRealm.ID, samlResponse, Optional.empty(), Optional.empty()));
    }

    private static void refused(SamlLoginRealm target, String samlResponse, String code) {
        assertThatThrownBy(() -> post(target, samlResponse))
                .satisfies(e -> assertThat(PoortwachterException.findIn(e)).get()
                        .extracting(p -> p.errorCode().code()).as(e.getMessage()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(USER_ID).doesNotContain("\u00c7elik")
                        .doesNotContain("ketenid"));
    }

    @Test
    void theRealmIsTheTileProfile() {
        assertThat(realm.id()).isEqualTo("basispoort");
        assertThat(realm.provisioning()).isEqualTo(ProvisioningPolicy.DIRECTORY_ONLY);
        assertThat(realm.config().allowUnsolicited()).isTrue();
        assertThat(realm.config().unsolicitedMaxAge()).isEqualTo(Duration.ofMinutes(2));
        assertThat(realm.config().acsUrl()).isEqualTo(SamlTestBed.BASE_URL + "/saml/basispoort/acs");
        assertThat(realm.config().spEntityId()).isEqualTo(SamlTestBed.BASE_URL + "/saml/basispoort");
    }

    @Test
    void aFreshTileResponseIsAccepted() {
        CompletedLogin login = post(realm, signed(tile(realm)));

        ExternalIdentity identity = login.identity();
        assertThat(identity.realmId()).isEqualTo("basispoort");
        assertThat(identity.subject()).isEqualTo(USER_ID);
        assertThat(identity.school()).map(s -> s.key()).contains(SchoolKey.brin("12AB00"));
        assertThat(identity.role()).isEqualTo(Role.PUPIL);
        assertThat(identity.eckId()).isPresent();
        assertThat(identity.name().displayName()).isEqualTo("Zo\u00eb \u00c7elik");
        assertThat(identity.sessionIndex()).isPresent();
        assertThat(login.returnTo()).isEmpty();
    }

    @Test
    void aTileResponseOlderThanTheMaximumAgeIsRefused() {
        // limit = unsolicited-max-age (PT2M) + clock skew (PT60S)
        refused(realm, signed(tile(realm).shiftedBy(Duration.ofSeconds(-181))), "PW-SAML-023");
        assertThat(post(realm, signed(tile(realm).shiftedBy(Duration.ofSeconds(-178)))).identity().subject()).isEqualTo(USER_ID);
    }

    @Test
    void theShortMaximumAgeIsForTileResponsesOnly() {
        String browser = "sp-initiated";
        String requestId = SamlTestBed.requestId(realm.start(new StartLogin(Optional.empty(), Optional.of(browser), false)));
        ResponseSpec answer = tile(realm).withInResponseTo(Optional.of(requestId)).shiftedBy(Duration.ofSeconds(-181));

        CompletedLogin login = realm.complete(SamlTestBed.callback("basispoort", signed(answer), Optional.empty(), Optional.of(browser)));

        assertThat(login.identity().subject()).isEqualTo(USER_ID);
    }

    @Test
    void theMaximumAgeIsConfigurable() {
        SamlLoginRealm strict = realm(settings(Map.of("basispoort.unsolicited-max-age", "PT30S", "saml.clock-skew", "PT5S")));
        assertThat(strict.config().unsolicitedMaxAge()).hasSeconds(30);

        refused(strict, signed(tile(strict).shiftedBy(Duration.ofSeconds(-36))), "PW-SAML-023");
        assertThat(post(strict, signed(tile(strict).shiftedBy(Duration.ofSeconds(-33)))).identity().subject()).isEqualTo(USER_ID);
    }

    @Test
    void aTileResponseCannotBeReplayed() {
        String response = signed(tile(realm));
        assertThat(post(realm, response).identity().subject()).isEqualTo(USER_ID);

        refused(realm, response, "PW-SAML-027");
        // not by another node either: the replay cache is the shared database table
        SamlLoginRealm secondNode = realm(settings);
        refused(secondNode, response, "PW-SAML-027");
    }

    @Test
    void aResponseForAnotherServiceProviderIsRefused() {
        refused(realm, signed(tile(realm).withAudience("https://other-publisher.example/saml")), "PW-SAML-021");
        // not even for our own Entree SP: a tile response is only for the Basispoort entity id
        refused(realm, signed(tile(realm).withAudience(SamlTestBed.BASE_URL + "/saml/entree")), "PW-SAML-021");
    }

    @Test
    void aResponseWithoutTheBasispoortUserIdIsRefusedWithItsOwnCode() {
        Map<String, List<String>> attributes = tileAttributes();
        attributes.remove("basispoortId");

        refused(realm, signed(tile(realm).withAttributes(attributes)), "PW-BASISPOORT-101");
        assertThatThrownBy(() -> post(realm, signed(tile(realm).withAttributes(attributes))))
                .isInstanceOf(BasispoortSubjectMissingException.class).hasMessageContaining("basispoortId")
                .hasMessageContaining("basispoort.attribute.user-id")
                .satisfies(e -> assertThat(((BasispoortSubjectMissingException) e).lookedAt()).containsExactly("basispoortId"));
    }

    @Test
    void theFullCheckSetAppliesToTileResponses() {
        // unsigned
        refused(realm, ResponseForge.unsigned(tile(realm)).base64(), "PW-SAML-012");
        // signed by a key that is not in Basispoort's metadata
        refused(realm, ResponseForge.signedAssertion(tile(realm), TestKeyPairs.rsa("Not Basispoort")).base64(), "PW-SAML-018");
        // posted to another ACS
        refused(realm, signed(tile(realm).withDestination(Optional.of(SamlTestBed.BASE_URL + "/saml/entree/acs"))),
                "PW-SAML-011");
        // from another IdP
        refused(realm, signed(tile(realm).withIssuer("https://idp.other.example")), "PW-SAML-010");
        // issued in the future
        refused(realm, signed(tile(realm).shiftedBy(Duration.ofSeconds(90))), "PW-SAML-022");
    }
}
