package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortDemoUsers.PortalEntry;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortDemoUsers.TileOutcome;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.identity.ResolutionPath;
import nl.schoolsupport.poortwachter.realm.NotProvisionedException;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;
import nl.schoolsupport.poortwachter.sync.UnknownUserExplanation;
import nl.schoolsupport.poortwachter.sync.UnknownUserReason;

/**
 * Offline mode end to end: the demo Basispoort REST service is synchronised into H2 over mutual TLS, then every user of
 * the demo portal clicks the Bareka tile, i.e. the built-in demo IdP signs an unsolicited response, which takes the
 * same path as a real one (ACS code → Shiro realm → Basispoort realm → identity resolution → sync login guard).
 */
class BasispoortDemoIdpIT {

    private static final String BASE = "http://localhost:8080";
    private static TileLoginHarness app;
    private static DemoIdentityProvider demo;

    @BeforeAll
    static void start() {
        // the demo IdP's users come from the same directory the demo REST service serves
        DemoDirectory directory = DemoDirectory.sample(TileLoginHarness.TODAY);
        demo = BasispoortDemoUsers.identityProvider(BASE + "/", directory);
        app = new TileLoginHarness(directory, Map.of("public-base-url", BASE), Optional.of(demo.metadataXml()));
        app.sync();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private LoginOutcome tile(String userId) {
        PostForm form = BasispoortDemoUsers.tileLogin(demo, userId, app.basispoort.config());
        return app.login(form, Optional.of("tile-" + userId));
    }

    @Test
    void theDemoUsersAreExactlyThePeopleOfTheDemoDirectory() {
        assertThat(demo.users()).extracting(u -> u.id()).containsExactlyElementsOf(
                app.directory.people().stream().map(p -> String.valueOf(p.userId())).toList());
        assertThat(demo.users()).hasSize(19);
        assertThat(demo.user("1001502").orElseThrow().label()).isEqualTo("Leerling Daan van der Berg (OBS De Regenboog)");
        assertThat(demo.entityId()).isEqualTo(BASE + "/demo-idp/basispoort");
        assertThat(demo.ssoUrl()).isEqualTo(BASE + "/demo-idp/basispoort/sso");
    }

    @Test
    void everyTileOfTheDemoPortalDoesWhatThePortalSays() {
        var portal = BasispoortDemoUsers.portal(app.directory, TileLoginHarness.TODAY);
        assertThat(portal).hasSize(19);
        assertThat(portal).extracting(PortalEntry::outcome).contains(TileOutcome.values());
        for (PortalEntry entry : portal) {
            switch (entry.outcome()) {
                case LOGS_IN -> {
                    LoginOutcome outcome = tile(entry.userId());
                    Account synced = app.synced(Long.parseLong(entry.userId()));
                    assertThat(outcome.principal().accountId()).as(entry.displayName()).isEqualTo(synced.id());
                    assertThat(outcome.path()).isEqualTo(ResolutionPath.LINKED);
                    assertThat(outcome.principal().school()).isEqualTo(entry.school());
                    assertThat(outcome.principal().role()).isEqualTo(entry.role());
                    assertThat(outcome.principal().displayName()).isEqualTo(entry.displayName());
                    assertThat(outcome.principal().has(AccountFlag.ICT_COORDINATOR))
                            .isEqualTo(entry.basispoortRoles().contains("ICTCoordinator"));
                    assertThat(outcome.returnTo()).isEmpty();
                }
                case SCHOOL_TOGGLE_OFF -> assertThat(refusal(entry).reason()).isEqualTo(UnknownUserReason.NO_PERMISSION);
                case LEFT_SCHOOL -> assertThat(refusal(entry).reason()).isEqualTo(UnknownUserReason.NOT_IN_LAST_SYNCHRONISATION);
                default -> throw new AssertionError(entry.outcome());
            }
        }
    }

    private UnknownUserExplanation refusal(PortalEntry entry) {
        Throwable refused = catchThrowable(() -> tile(entry.userId()));
        NotProvisionedException notProvisioned = TileLoginHarness.refusal(refused, NotProvisionedException.class);
        assertThat(notProvisioned).as(entry.displayName()).hasMessageContaining("realm basispoort")
                .hasMessageContaining("DIRECTORY_ONLY");
        assertThat(notProvisioned.school()).contains(entry.school());
        return UnknownTileUser.explain(refused, app.syncStatus).orElseThrow();
    }

    @Test
    void thePortalDescribesEachUser() {
        var portal = BasispoortDemoUsers.portal(app.directory, TileLoginHarness.TODAY);
        PortalEntry joris = portal.stream().filter(e -> e.userId().equals("1001602")).findFirst().orElseThrow();
        assertThat(joris.displayName()).isEqualTo("Joris de Jong");
        assertThat(joris.schoolName()).isEqualTo("OBS De Regenboog");
        assertThat(joris.school()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(joris.roleLabel(new Locale("nl"))).isEqualTo("ICT-co\u00f6rdinator, Leerkracht");
        assertThat(joris.roleLabel(Locale.ENGLISH)).isEqualTo("ICT coordinator, Teacher");
        PortalEntry zoe = portal.stream().filter(e -> e.userId().equals("1001501")).findFirst().orElseThrow();
        assertThat(zoe.roleLabel(new Locale("nl"))).isEqualTo("Leerling, groep 5b");
        assertThat(zoe.role()).isEqualTo(Role.PUPIL);
        assertThat(portal.stream().filter(e -> e.outcome() == TileOutcome.SCHOOL_TOGGLE_OFF).map(PortalEntry::schoolName).distinct())
                .containsExactly("Basisschool 't Schrijvertje");
        assertThat(portal.stream().filter(e -> e.outcome() == TileOutcome.LEFT_SCHOOL).map(PortalEntry::displayName))
                .containsExactly("Anouk Visser");
        assertThat(TileOutcome.SCHOOL_TOGGLE_OFF.text(new Locale("nl"))).contains("Schuifje");
    }

    @Test
    void theTileFormPostsAnUnsolicitedResponseToOurAcs() {
        PostForm form = BasispoortDemoUsers.tileLogin(demo, "1002501", app.basispoort.config());
        assertThat(form.actionUrl()).isEqualTo(BASE + "/saml/basispoort/acs");
        assertThat(form.fields()).containsOnlyKeys("SAMLResponse");
        assertThat(form.autoSubmitHtml(Optional.of("n0nce"))).contains("action=\"" + BASE + "/saml/basispoort/acs\"")
                .contains("nonce=\"n0nce\"");
        assertThat(app.login(form, Optional.empty()).principal().school()).isEqualTo(SchoolKey.brin("34CD01"));
        // the same form again (back button, a copied request): refused as a replay
        assertThatThrownBy(() -> app.login(form, Optional.empty())).satisfies(e -> assertThat(PoortwachterException.findIn(e))
                .get().extracting(p -> p.errorCode().code()).isEqualTo("PW-SAML-027"));
        assertThatThrownBy(() -> BasispoortDemoUsers.tileLogin(demo, "999", app.basispoort.config()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spInitiatedLoginThroughTheDemoIdpWorksToo() {
        RedirectInstruction redirect = app.basispoort.start(new StartLogin(Optional.of("/toetsen"), Optional.of("b1"), false));
        assertThat(SamlTestBed.base(redirect).toString()).isEqualTo(demo.ssoUrl());
        PostForm form = demo.respond(SamlTestBed.queryParameter(redirect, "SAMLRequest"), "1001503",
                app.basispoort.config().acsUrl(), app.basispoort.config().spEntityId(),
                SamlTestBed.queryParameter(redirect, "RelayState"));

        LoginOutcome outcome = app.login(form, Optional.of("b1"));

        assertThat(outcome.returnTo()).contains("/toetsen");
        assertThat(outcome.principal().accountId()).isEqualTo(app.synced(1001503).id());
        assertThat(outcome.principal().displayName()).isEqualTo("Fleur de Vries");
    }
}
