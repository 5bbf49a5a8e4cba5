package nl.schoolsupport.poortwachter.app;

import static nl.schoolsupport.poortwachter.app.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.app.demo.DemoData;
import nl.schoolsupport.poortwachter.app.demo.TestResults;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;

/**
 * The ICT coordinator's merge journey on the demo data: the old local accounts of OBS De Regenboog meet the
 * accounts the (demo) Basispoort synchronisation imports; certain pairs merge automatically, the rest by hand,
 * results move along, and every merge can be undone.
 */
class MergeIT {

    private static AppUnderTest app;
    private static AccountStore store;
    private static TestResults results;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of(), TestTeacherLogin.appModules(), TestTeacherLogin.webModules());
        store = app.app().injector().getInstance(AccountStore.class);
        results = app.app().injector().getInstance(TestResults.class);
        SyncReport report = app.app().injector().getInstance(SyncJob.class).runAll(SyncProgress.NONE);
        assertThat(report.failed()).isZero();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Browser coordinator() {
        Browser browser = new Browser();
        String csrf = browser.csrfFrom(app.url("/"));
        browser.post(app.url("/test/login-teacher"), form("_csrf", csrf, "username", "ict.coordinator", "password",
                TestTeacherLogin.SECRET));
        return browser;
    }

    private static Account legacy(String lastName) {
        return store.accountsOfSchool(DemoData.DEMO_SCHOOL).stream()
                .filter(a -> a.name().last().equals(lastName) && a.group().map(g -> g.contains("4") || g.contains("5a") || g.contains("7")).orElse(false))
                .filter(a -> store.identitiesOf(a.id()).stream().noneMatch(i -> i.realmId().equals("basispoort")))
                .findFirst().orElseThrow();
    }

    @Test
    void coordinatorMergesBySuggestionAndUndoes() {
        Browser browser = coordinator();
        HttpResponse<String> page = browser.get(app.url("/beheer/samenvoegen"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Accounts samenvoegen", "Mohamed El Amrani", "Mohammed El Amrani");

        Account mohamed = legacy("El Amrani");
        int before = results.count(mohamed.id());
        assertThat(before).isPositive();
        Matcher link = Pattern.compile("/beheer/samenvoegen/bevestigen\\?oud=" + mohamed.id() + "&amp;nieuw=([0-9a-f-]{36})")
                .matcher(page.body());
        assertThat(link.find()).as("a suggestion for Mohamed").isTrue();
        String importedId = link.group(1);

        HttpResponse<String> confirm = browser.get(app.url("/beheer/samenvoegen/bevestigen?oud=" + mohamed.id() + "&nieuw=" + importedId));
        assertThat(confirm.body()).contains("Samenvoegen bevestigen", "Mohamed El Amrani", "Mohammed El Amrani");
        Map<String, String> fields = EntreeLoginIT.fields(confirm.body().substring(confirm.body().indexOf("/beheer/samenvoegen/uitvoeren")));
        HttpResponse<String> merged = browser.post(app.url("/beheer/samenvoegen/uitvoeren"), fields);
        assertThat(merged.statusCode()).isEqualTo(303);

        Account after = store.findAccount(mohamed.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(AccountStatus.MERGED);
        assertThat(results.count(mohamed.id())).isZero();
        assertThat(results.count(after.mergedInto().orElseThrow())).isGreaterThanOrEqualTo(before);

        HttpResponse<String> again = browser.post(app.url("/beheer/samenvoegen/uitvoeren"), fields);
        assertThat(again.statusCode()).as("merging a merged account fails cleanly").isIn(400, 409);

        String history = browser.get(app.url("/beheer/samenvoegen?klaar=samengevoegd")).body();
        assertThat(history).contains("De accounts zijn samengevoegd.");
        Matcher undo = Pattern.compile("name=\"merge\" value=\"([0-9a-f-]{36})\"").matcher(history.substring(history.indexOf("history-table")));
        assertThat(undo.find()).isTrue();
        String csrf = Browser.csrfIn(history).orElseThrow();
        assertThat(browser.post(app.url("/beheer/samenvoegen/ongedaan"), form("_csrf", csrf, "merge", undo.group(1))).statusCode())
                .isEqualTo(303);
        assertThat(store.findAccount(mohamed.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(results.count(mohamed.id())).isEqualTo(before);
    }

    @Test
    void automaticMergesKeepThePupilCodeWorking() throws Exception {
        Browser browser = coordinator();
        String page = browser.get(app.url("/beheer/samenvoegen")).body();
        assertThat(page).contains("Automatisch samengevoegd");
        long automatic = store.accountsOfSchool(DemoData.DEMO_SCHOOL).stream().filter(a -> a.status() == AccountStatus.MERGED).count();
        assertThat(automatic).as("the sync's automatic merge found certain pairs").isPositive();

        // whoever was merged: an own code of a merged pupil still logs in, now on the Basispoort account
        for (DemoData.DemoPupil pupil : DemoData.PUPILS) {
            Browser kid = new Browser();
            String csrf = kid.csrfFrom(app.url("/"));
            HttpResponse<String> login = kid.post(app.url("/login/pupil"), form("_csrf", csrf, "username", pupil.username(),
                    "password", pupil.password()));
            assertThat(login.statusCode()).isEqualTo(303);
        }
    }

    @Test
    void onlyCoordinatorsMayMerge() {
        Browser pupil = new Browser();
        String csrf = pupil.csrfFrom(app.url("/"));
        pupil.post(app.url("/login/pupil"), form("_csrf", csrf, "username", "sem.bakker", "password", "raket815zon"));
        assertThat(pupil.get(app.url("/beheer/samenvoegen")).statusCode()).isEqualTo(403);
        assertThat(pupil.post(app.url("/beheer/samenvoegen/automatisch"), form("_csrf", Browser.csrfIn(pupil.get(app.url("/leerling")).body())
                .orElseThrow())).statusCode()).isEqualTo(403);
    }
}
