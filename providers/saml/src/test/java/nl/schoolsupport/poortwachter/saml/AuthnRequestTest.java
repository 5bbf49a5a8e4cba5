package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;

/** SP-initiated start: the redirect carries a correct AuthnRequest, signed over the query string when configured. */
class AuthnRequestTest {

    private static SamlTestBed bed;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    @Test
    void redirectCarriesASignedAuthnRequestForOurAcs() throws Exception {
        SamlRealmConfig config = bed.config("entree").nameIdFormat("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified").build();
        RedirectInstruction redirect = bed.realm(config).start(new StartLogin(Optional.of("/groep"), Optional.of("b"), true));

        assertThat(SamlTestBed.base(redirect).toString()).isEqualTo(bed.idp.ssoUrl());
        String xml = SamlTestBed.authnRequestXml(redirect);
        assertThat(xml).contains("AssertionConsumerServiceURL=\"https://app.test.example/saml/entree/acs\"")
                .contains("Destination=\"" + bed.idp.ssoUrl() + "\"")
                .contains(">https://app.test.example/saml/entree</saml2:Issuer>")
                .contains("ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"")
                .contains("ForceAuthn=\"true\"")
                .contains("Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\"");
        assertThat(SamlTestBed.queryParameter(redirect, "RelayState")).get().asString().hasSizeGreaterThan(20)
                .doesNotContain("groep");
        assertThat(SamlTestBed.queryParameter(redirect, "SigAlg")).contains(RedirectBinding.RSA_SHA256);

        String query = redirect.location().getRawQuery();
        String signedPart = query.substring(0, query.indexOf("&Signature="));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(bed.spKey.certificate());
        verifier.update(signedPart.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(SamlTestBed.queryParameter(redirect, "Signature").orElseThrow())))
                .isTrue();
    }

    @Test
    void unsignedWhenSwitchedOffAndTheIdpDoesNotAsk() {
        RedirectInstruction redirect = bed.realm(bed.config("plain").signAuthnRequests(false).build())
                .start(new StartLogin(Optional.empty(), Optional.of("b"), false));
        assertThat(SamlTestBed.queryParameter(redirect, "Signature")).isEmpty();
        assertThat(SamlTestBed.queryParameter(redirect, "RelayState")).isEmpty();
        assertThat(SamlTestBed.authnRequestXml(redirect)).doesNotContain("ForceAuthn");
    }

    @Test
    void everyRequestHasItsOwnId() {
        SamlLoginRealm realm = bed.realm(bed.config("ids").build());
        String a = SamlTestBed.requestId(realm.start(new StartLogin(Optional.empty(), Optional.of("b"), false)));
        String b = SamlTestBed.requestId(realm.start(new StartLogin(Optional.empty(), Optional.of("b"), false)));
        assertThat(a).isNotEqualTo(b).startsWith("_").hasSize(41);
    }
}
