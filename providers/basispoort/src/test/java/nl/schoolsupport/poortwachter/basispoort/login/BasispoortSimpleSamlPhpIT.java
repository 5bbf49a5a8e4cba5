package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.identity.ResolutionPath;
import nl.schoolsupport.poortwachter.realm.NotProvisionedException;
import nl.schoolsupport.poortwachter.realm.RealmBlockedForSchoolException;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.BrowserSession;
import nl.schoolsupport.poortwachter.saml.testing.SimpleSamlPhpIdp;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;
import nl.schoolsupport.poortwachter.sync.UnknownUserExplanation;
import nl.schoolsupport.poortwachter.sync.UnknownUserReason;

/**
 * The Bareka tile against a real, independent IdP playing Basispoort: Debian's SimpleSAMLphp (the "basispoort"
 * personality of {@code testing/idp/}, users from {@code users-basispoort.php}). First the demo Basispoort REST
 * service is synchronised into H2 over mutual TLS (the nightly run); then a real HTTP client with its own cookie jar
 * starts IdP-initiated SSO ({@code SSOService.php?spentityid=...}), logs in at the IdP and takes the auto-POST form,
 * whose unsolicited SAMLResponse goes through our ACS code path (Shiro realm → Basispoort realm → synced account).
 */
class BasispoortSimpleSamlPhpIT {

    private static final String BASE = "http://127.0.0.1:18081";
    private static SimpleSamlPhpIdp idp;
    private static TileLoginHarness app;

    @BeforeAll
    static void start() {
        idp = SimpleSamlPhpIdp.startBasispoort(Path.of("target", "simplesamlphp-it"), BASE + "/saml/basispoort",
                BASE + "/saml/basispoort/acs");
        app = new TileLoginHarness(Map.of("public-base-url", BASE, "basispoort.idp-metadata", idp.metadataUrl()),
                Optional.empty());
        app.sync();
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

    /** The tile: Basispoort (here SimpleSAMLphp) starts the login for our SP and posts to our ACS. */
    private static PostForm tileForm(String username, String idpRelayState) {
        String start = idp.ssoUrl() + "?spentityid=" + URLEncoder.encode(app.basispoort.config().spEntityId(), StandardCharsets.UTF_8)
                + (idpRelayState.isEmpty() ? "" : "&RelayState=" + URLEncoder.encode(idpRelayState, StandardCharsets.UTF_8));
        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(URI.create(start), username, "welkom01");
        assertThat(form.actionUrl()).isEqualTo(BASE + "/saml/basispoort/acs");
        return form;
    }

    private static LoginOutcome tile(String username) {
        return app.login(tileForm(username, ""), Optional.of("browser-" + username));
    }

    /** What the ACS code catches from {@code subject.login(...)} for a tile login that found no account. */
    private static Throwable notProvisioned(String username) {
        Throwable refused = catchThrowable(() -> tile(username));
        assertThat(TileLoginHarness.refusal(refused, NotProvisionedException.class)).as(username)
                .hasMessageContaining("PW-LOGIN-005").hasMessageContaining("realm basispoort").hasMessageContaining("DIRECTORY_ONLY");
        return refused;
    }

    @Test
    void aTileLoginOfASynchronisedPupilFindsTheAccountTheSyncMade() {
        LoginOutcome outcome = tile("zoe.celik");

        Account synced = app.synced(1001501);
        assertThat(outcome.principal().accountId()).isEqualTo(synced.id());
        assertThat(outcome.path()).isEqualTo(ResolutionPath.LINKED);
        assertThat(outcome.principal().role()).isEqualTo(Role.PUPIL);
        assertThat(outcome.principal().school()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(outcome.principal().displayName()).isEqualTo("Zo\u00eb \u00c7elik");
        assertThat(synced.group()).contains("groep 5b");
        assertThat(outcome.returnTo()).isEmpty();
        // the NameID is the IdP's uid ("zoe.celik"); only the Basispoort id links, no second identity appears
        assertThat(app.store.findByIdentity("basispoort", "zoe.celik")).isEmpty();
    }

    @Test
    void roleAndDutiesComeFromTheSynchronisedAccount() {
        LoginOutcome joris = tile("joris.dejong");
        assertThat(joris.principal().accountId()).isEqualTo(app.synced(1001602).id());
        assertThat(joris.path()).isEqualTo(ResolutionPath.LINKED);
        assertThat(joris.principal().role()).isEqualTo(Role.TEACHER);
        assertThat(joris.principal().has(AccountFlag.ICT_COORDINATOR)).isTrue();

        LoginOutcome ingrid = tile("ingrid.bakker");
        assertThat(ingrid.principal().role()).isEqualTo(Role.TEACHER);
        assertThat(ingrid.principal().has(AccountFlag.ICT_COORDINATOR)).isFalse();

        LoginOutcome piet = tile("piet.pietersen");
        assertThat(piet.principal().school()).isEqualTo(SchoolKey.brin("34CD01"));
        assertThat(piet.path()).isEqualTo(ResolutionPath.LINKED);
        assertThat(piet.principal().has(AccountFlag.ICT_COORDINATOR)).isTrue();
    }

    @Test
    void aPupilWithoutEckIdLogsInByHerBasispoortId() {
        LoginOutcome lotte = tile("lotte.vanthoff");
        assertThat(lotte.principal().accountId()).isEqualTo(app.synced(1001505).id());
        assertThat(app.account(lotte).name().infix()).isEqualTo("van 't");
    }

    @Test
    void anUnknownBasispoortIdWithTheEckIdOfASynchronisedPupilFindsHerAccountAtTheSameSchool() {
        LoginOutcome outcome = tile("zoe.ander-id");

        assertThat(outcome.path()).isEqualTo(ResolutionPath.ECK_ID);
        assertThat(outcome.principal().accountId()).isEqualTo(app.synced(1001501).id());
        assertThat(app.store.findByIdentity("basispoort", "1001777")).map(Account::id).contains(app.synced(1001501).id());
    }

    @Test
    void aUserTheSyncDoesNotKnowGetsTheNotSynchronisedExplanation() {
        Throwable refused = notProvisioned("nieuwe.leerling");

        assertThat(TileLoginHarness.refusal(refused, NotProvisionedException.class).school()).contains(SchoolKey.brin("12AB00"));
        UnknownUserExplanation why = UnknownTileUser.explain(refused, app.syncStatus).orElseThrow();
        assertThat(why.reason()).isEqualTo(UnknownUserReason.NOT_IN_LAST_SYNCHRONISATION);
        assertThat(why.text(new Locale("nl"))).contains("nacht nadat ze in Basispoort zijn toegevoegd");
        assertThat(app.store.findByIdentity("basispoort", "1001599")).isEmpty();

        // a trainee whose end date has passed was left out by the sync: the same page
        assertThat(UnknownTileUser.explain(notProvisioned("anouk.visser"), app.syncStatus).orElseThrow().reason())
                .isEqualTo(UnknownUserReason.NOT_IN_LAST_SYNCHRONISATION);
    }

    @Test
    void aUserOfASchoolWhoseToggleIsOffIsToldToCheckTheToggle() {
        Throwable refused = notProvisioned("emma.degraaf");

        assertThat(TileLoginHarness.refusal(refused, NotProvisionedException.class).school()).contains(SchoolKey.brin("56EF00"));
        UnknownUserExplanation why = UnknownTileUser.explain(refused, app.syncStatus).orElseThrow();
        assertThat(why.reason()).isEqualTo(UnknownUserReason.NO_PERMISSION);
        assertThat(why.text(new Locale("nl"))).contains("schuifje voor Uitgeverij Schoolsupport").contains("de nacht daarna");
        assertThat(why.text(Locale.ENGLISH)).contains("toggle for Uitgeverij Schoolsupport");
        assertThat(why.checklist()).isPresent();
        assertThat(app.store.findByIdentity("basispoort", "1003501")).isEmpty();
    }

    @Test
    void aSchoolThatWithdrewIsBlocked() {
        assertThat(tile("noor.jansen").principal().school()).isEqualTo(SchoolKey.brin("34CD01"));
        app.directory.withdraw(1002, TileLoginHarness.TODAY);
        app.sync();
        try {
            assertThat(TileLoginHarness.refusal(catchThrowable(() -> tile("noor.jansen")), RealmBlockedForSchoolException.class))
                    .hasMessageContaining("PW-LOGIN-007").hasMessageContaining("BRIN:34CD01");
        } finally {
            app.directory.grant(1002, TileLoginHarness.TODAY);
            app.sync();
        }
        assertThat(tile("noor.jansen").principal().accountId()).isEqualTo(app.synced(1002501).id());
    }

    @Test
    void aTileResponseCannotBeUsedTwice() {
        PostForm form = tileForm("daan.vanderberg", "");
        assertThat(app.login(form, Optional.of("first")).principal().accountId()).isEqualTo(app.synced(1001502).id());

        assertThatThrownBy(() -> app.login(form, Optional.of("second"))).satisfies(e -> assertThat(PoortwachterException.findIn(e))
                .get().extracting(p -> p.errorCode().code()).isEqualTo("PW-SAML-027"));
    }

    @Test
    void aRelayStateChosenByTheIdpIsNoReturnPath() {
        LoginOutcome outcome = app.login(tileForm("ingrid.bakker", "https://evil.example/phish"), Optional.of("relay"));

        assertThat(outcome.principal().accountId()).isEqualTo(app.synced(1001601).id());
        assertThat(outcome.returnTo()).isEmpty();
    }

    @Test
    void spInitiatedLoginThroughSimpleSamlPhpWorksToo() {
        RedirectInstruction redirect = app.basispoort.start(new StartLogin(Optional.of("/toetsen"), Optional.of("sp-init"), false));
        assertThat(redirect.location().toString()).startsWith(idp.ssoUrl() + "?SAMLRequest=");

        PostForm form = new BrowserSession().loginAtSimpleSamlPhp(redirect.location(), "daan.vanderberg", "welkom01");
        LoginOutcome outcome = app.login(form, Optional.of("sp-init"));

        assertThat(outcome.returnTo()).contains("/toetsen");
        assertThat(outcome.principal().accountId()).isEqualTo(app.synced(1001502).id());
        assertThat(app.account(outcome).name().displayName()).isEqualTo("Daan van der Berg");
    }
}
