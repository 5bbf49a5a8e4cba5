package nl.schoolsupport.poortwachter.entree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;

/**
 * Offline mode end to end: the built-in demo IdP signs real responses; its metadata goes into the SP like a real
 * IdP's, and the responses take the same path (redirect → demo IdP → POST form → Shiro realm → account).
 */
class EntreeDemoIdpIT {

    private static final String BASE = "http://localhost:8080";
    private static DemoIdentityProvider demo;
    private static EntreeHarness app;

    @BeforeAll
    static void start() {
        demo = EntreeDemoUsers.identityProvider(BASE + "/");
        app = new EntreeHarness(Map.of("public-base-url", BASE), Optional.of(demo.metadataXml()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private LoginOutcome login(String userId, String returnTo) {
        String browser = "demo-" + userId;
        RedirectInstruction redirect = app.entree.start(new StartLogin(Optional.of(returnTo), Optional.of(browser), false));
        assertThat(SamlTestBed.base(redirect).toString()).isEqualTo(demo.ssoUrl());
        PostForm form = demo.respond(SamlTestBed.queryParameter(redirect, "SAMLRequest"), userId, app.entree.config().acsUrl(),
                app.entree.config().spEntityId(), SamlTestBed.queryParameter(redirect, "RelayState"));
        assertThat(form.autoSubmitHtml(Optional.of("n0nce"))).contains("action=\"" + BASE + "/saml/entree/acs\"")
                .contains("nonce=\"n0nce\"").contains("name=\"SAMLResponse\"");
        return app.login(callback(form, browser));
    }

    private static ProtocolCallback callback(PostForm form, String browser) {
        Map<String, List<String>> parameters = new HashMap<>();
        form.fields().forEach((k, v) -> parameters.put(k, List.of(v)));
        return new ProtocolCallback("entree", parameters, Optional.of(browser), null);
    }

    @Test
    void demoUsersAreEntreeShaped() {
        assertThat(demo.users()).extracting(u -> u.label())
                .containsExactly("Docent Anna Jansen", "Leerling Daan van der Berg", "Leerling Zoë Çelik");
    }

    @Test
    void teacher() {
        LoginOutcome outcome = login("docent1", "/beheer");
        assertThat(outcome.principal().role()).isEqualTo(Role.TEACHER);
        assertThat(outcome.principal().school().asText()).isEqualTo("BRIN:12AB00");
        assertThat(outcome.returnTo()).contains("/beheer");
    }

    @Test
    void pupils() {
        Account zoe = app.account(login("leerling2", "/"));
        assertThat(zoe.name().displayName()).isEqualTo("Zoë Çelik");
        assertThat(zoe.role()).isEqualTo(Role.PUPIL);
        Account daan = app.account(login("leerling1", "/"));
        assertThat(daan.name().infix()).isEqualTo("van der");
        assertThat(daan.name().displayName()).isEqualTo("Daan van der Berg");
        assertThat(daan.school()).isEqualTo(zoe.school());
    }

    @Test
    void idpInitiatedDemoResponseIsRefusedByEntree() {
        PostForm form = demo.respond(Optional.empty(), "docent1", app.entree.config().acsUrl(), app.entree.config().spEntityId(),
                Optional.empty());
        assertThatThrownBy(() -> app.login(callback(form, "demo-x")))
                .satisfies(e -> assertThat(PoortwachterException.findIn(e)).get().extracting(p -> p.errorCode().code())
                        .isEqualTo("PW-SAML-026"));
    }

    @Test
    void demoIdpRefusesARequestOfAnotherSp() {
        RedirectInstruction redirect = app.entree.start(new StartLogin(Optional.empty(), Optional.of("b"), false));
        assertThatThrownBy(() -> demo.respond(SamlTestBed.queryParameter(redirect, "SAMLRequest"), "docent1",
                app.entree.config().acsUrl(), "https://other-sp.example", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> demo.respond(Optional.empty(), "nobody", app.entree.config().acsUrl(),
                app.entree.config().spEntityId(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
