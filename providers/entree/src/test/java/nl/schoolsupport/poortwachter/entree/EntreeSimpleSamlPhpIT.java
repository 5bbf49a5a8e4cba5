package nl.schoolsupport.poortwachter.entree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.identity.ResolutionPath;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.BrowserSession;
import nl.schoolsupport.poortwachter.saml.testing.SimpleSamlPhpIdp;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;

/**
 * Entree against a real, independent IdP: Debian's SimpleSAMLphp, started by this test through
 * {@code testing/idp/}. A real HTTP client follows the AuthnRequest redirect, fills in the login form and
 * takes the auto-POST form; its SAMLResponse goes through our ACS code path (Shiro realm → Entree realm).
 */
class EntreeSimpleSamlPhpIT {

    private static final String BASE = "http://127.0.0.1:18080";
    private static SimpleSamlPhpIdp idp;
    private static EntreeHarness app;

    @BeforeAll
    static void start() throws java.io.IOException {
        Path state = Path.of("target", "simplesamlphp-it");
        idp = SimpleSamlPhpIdp.startEntree(state, BASE + "/saml/entree", BASE + "/saml/entree/acs");
        app = new EntreeHarness(Map.of("public-base-url", BASE, "entree.idp-metadata", idp.metadataUrl()), Optional.empty());
        // register our SP by the metadata we publish: the IdP then requires (and checks) our AuthnRequest signature
        Path spMetadata = state.resolve("poortwachter-sp-metadata.xml");
        java.nio.file.Files.writeString(spMetadata, app.entree.spMetadataXml());
        idp.registerSpMetadata(spMetadata);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (idp != null) {
            idp.close();
        }
    }

    private LoginOutcome login(String username, String returnTo) {
        String browser = "session-" + username;
        RedirectInstruction redirect = app.entree.start(new StartLogin(Optional.of(returnTo), Optional.of(browser), false));
        assertThat(redirect.location().toString()).startsWith(idp.ssoUrl() + "?SAMLRequest=");
        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(redirect.location(), username, "welkom01");
        assertThat(form.actionUrl()).isEqualTo(BASE + "/saml/entree/acs");
        return app.login(callback(form, Optional.of(browser)));
    }

    private static ProtocolCallback callback(PostForm form, Optional<String> browser) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        form.fields().forEach((k, v) -> parameters.put(k, List.of(v)));
        return new ProtocolCallback("entree", parameters, browser, new ClientInfo("127.0.0.1", "it"));
    }

    @Test
    void teacherLogsInAndGetsAnAccountAtHerSchool() {
        LoginOutcome outcome = login("docent1", "/beheer");

        assertThat(outcome.returnTo()).contains("/beheer");
        assertThat(outcome.principal().role()).isEqualTo(Role.TEACHER);
        // the IdP sends only the BRIN4 for her; core places her at the known vestiging of that BRIN4 (or creates 12AB)
        assertThat(outcome.principal().school().brin4()).contains("12AB");
        assertThat(outcome.principal().displayName()).isEqualTo("Anna Jansen");
        assertThat(outcome.path()).isIn(ResolutionPath.PROVISIONED, ResolutionPath.LINKED);
        assertThat(app.store.findByIdentity("entree", "docent1")).isPresent();
    }

    @Test
    void pupilWithDiacriticsKeepsHerNameByteForByte() {
        LoginOutcome outcome = login("leerling2", "/toetsen");

        Account account = app.account(outcome);
        assertThat(account.role()).isEqualTo(Role.PUPIL);
        assertThat(account.name().first()).isEqualTo("Zo\u00eb");
        assertThat(account.name().last()).isEqualTo("\u00c7elik");
        assertThat(account.name().first().getBytes(StandardCharsets.UTF_8)).containsExactly(0x5a, 0x6f, 0xc3, 0xab);
        assertThat(account.name().last().getBytes(StandardCharsets.UTF_8)).containsExactly(0xc3, 0x87, 0x65, 0x6c, 0x69, 0x6b);
        assertThat(account.school().asText()).isEqualTo("BRIN:12AB00");
        assertThat(app.store.findByEckId(EckId.of(
                "https://ketenid.nl/201703/c47d2e8f19a3b5c60d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192")))
                .extracting(Account::id).contains(account.id());
    }

    @Test
    void pupilWithTussenvoegsel() {
        LoginOutcome outcome = login("leerling1", "/");

        Account account = app.account(outcome);
        assertThat(account.name().first()).isEqualTo("Daan");
        assertThat(account.name().infix()).isEqualTo("van der");
        assertThat(account.name().last()).isEqualTo("Berg");
        assertThat(outcome.principal().displayName()).isEqualTo("Daan van der Berg");
        assertThat(account.school().asText()).isEqualTo("BRIN:12AB00");

        LoginOutcome again = login("leerling1", "/");
        assertThat(again.principal().accountId()).isEqualTo(outcome.principal().accountId());
        assertThat(again.path()).isEqualTo(ResolutionPath.LINKED);
    }

    @Test
    void theIdpChecksOurAuthnRequestSignatureFromOurMetadata() {
        RedirectInstruction redirect = app.entree.start(new StartLogin(Optional.empty(), Optional.of("sig"), false));
        assertThat(redirect.location().getRawQuery()).contains("&SigAlg=").contains("&Signature=");
        String query = redirect.location().toString();
        int at = query.indexOf("&Signature=") + "&Signature=".length();
        String tampered = query.substring(0, at) + (query.charAt(at) == 'A' ? 'B' : 'A') + query.substring(at + 1);

        BrowserSession.Page refused = new BrowserSession().get(URI.create(tampered));
        assertThat(refused.hidden("AuthState")).as("no login form for a request with a broken signature").isEmpty();
        assertThat(refused.body()).containsIgnoringCase("signature");

        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(redirect.location(), "docent1", "welkom01");
        assertThat(app.login(callback(form, Optional.of("sig"))).principal().role()).isEqualTo(Role.TEACHER);
    }

    @Test
    void idpInitiatedLoginIsRefusedForEntree() {
        URI unsolicited = URI.create(idp.ssoUrl() + "?spentityid="
                + URLEncoder.encode(app.entree.config().spEntityId(), StandardCharsets.UTF_8));
        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(unsolicited, "docent2", "welkom01");

        assertThatThrownBy(() -> app.login(callback(form, Optional.of("session-docent2"))))
                .satisfies(e -> assertThat(PoortwachterException.findIn(e)).get()
                        .extracting(p -> p.errorCode().code()).isEqualTo("PW-SAML-026"));
        assertThat(app.store.findByIdentity("entree", "docent2")).isEmpty();
    }

    @Test
    void aResponseCannotCompleteTheLoginOfAnotherBrowser() {
        RedirectInstruction redirect = app.entree.start(new StartLogin(Optional.empty(), Optional.of("victim"), false));
        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(redirect.location(), "leerling3", "welkom01");

        assertThatThrownBy(() -> app.login(callback(form, Optional.of("attacker"))))
                .satisfies(e -> assertThat(PoortwachterException.findIn(e)).get()
                        .extracting(p -> p.errorCode().code()).isEqualTo("PW-SAML-025"));
        assertThat(app.store.findByIdentity("entree", "leerling3")).isEmpty();
    }
}
