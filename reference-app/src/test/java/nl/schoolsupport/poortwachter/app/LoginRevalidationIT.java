package nl.schoolsupport.poortwachter.app;

import static nl.schoolsupport.poortwachter.app.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.app.demo.DemoData;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;

/** A running session ends once its login no longer holds, over real HTTP (recheck on every request here). */
class LoginRevalidationIT {

    private static AppUnderTest app;
    private static AccountStore store;
    private static PupilCodeService codes;
    private static AccountPrincipal teacher;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of("session.recheck-interval", "PT0S"));
        store = app.app().injector().getInstance(AccountStore.class);
        codes = app.app().injector().getInstance(PupilCodeService.class);
        Account juf = store.accountsOfSchool(DemoData.DEMO_SCHOOL).stream().filter(a -> a.role() == Role.TEACHER)
                .findFirst().orElseThrow();
        teacher = AccountPrincipal.of(juf, "test");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Account pupilWithCode(String username) {
        Account pupil = store.createAccount(NewAccount.pupil(DemoData.DEMO_SCHOOL, PersonName.of("Sem", "van", "Dijk"), "groep 6"));
        codes.issueWithPassword(pupil.id(), username, "appel42peer".toCharArray());
        return pupil;
    }

    private static Browser loggedIn(String username) {
        Browser browser = new Browser();
        String csrf = browser.csrfFrom(app.url("/"));
        assertThat(browser.post(app.url("/login/pupil"), form("_csrf", csrf, "username", username, "password", "appel42peer"))
                .statusCode()).isEqualTo(303);
        assertThat(browser.get(app.url("/leerling")).statusCode()).isEqualTo(200);
        return browser;
    }

    @Test
    void deactivatingAPupilsCodeEndsTheirRunningSession() {
        Account pupil = pupilWithCode("sem.revalidatie");
        Browser browser = loggedIn("sem.revalidatie");

        codes.deactivate(teacher, pupil.id());

        var sameAddressAgain = browser.get(app.url("/leerling"));
        assertThat(sameAddressAgain.statusCode()).isEqualTo(302);
        assertThat(sameAddressAgain.headers().firstValue("Location")).contains("/leerling");
        assertThat(browser.get(app.url("/leerling")).headers().firstValue("Location").orElseThrow())
                .as("now anonymous: to the login page").doesNotEndWith("/leerling");
        assertThat(browser.get(app.url("/api/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void aPupilWhoLeftTheSchoolIsLoggedOutAndOthersStay() {
        Account leaver = pupilWithCode("sem.vertrokken");
        pupilWithCode("sem.blijft");
        Browser leaving = loggedIn("sem.vertrokken");
        Browser staying = loggedIn("sem.blijft");

        store.updateAccount(store.findAccount(leaver.id()).orElseThrow().withStatus(AccountStatus.DEPARTED));

        var me = leaving.get(app.url("/api/me"));
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.body()).contains("not_authenticated");
        assertThat(leaving.get(app.url("/leerling")).statusCode()).as("and stays logged out").isEqualTo(302);
        assertThat(staying.get(app.url("/api/me")).statusCode()).isEqualTo(200);
    }
}
