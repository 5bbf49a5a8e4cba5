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

import com.fasterxml.jackson.databind.ObjectMapper;

/** A teacher manages pupil logins in Beheer; the pupil then logs in with the printed card. */
class BeheerIT {

    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of(), TestTeacherLogin.appModules(), TestTeacherLogin.webModules());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Browser teacher(String username) {
        Browser browser = new Browser();
        String csrf = browser.csrfFrom(app.url("/"));
        HttpResponse<String> login = browser.post(app.url("/test/login-teacher"),
                form("_csrf", csrf, "username", username, "password", TestTeacherLogin.SECRET));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/leraar");
        return browser;
    }

    @Test
    void integratorRealmLogsInATeacherWhoSeesTheSchoolAndAdministrator() throws Exception {
        Browser browser = teacher("juf.marieke");
        HttpResponse<String> home = browser.get(app.url("/leraar"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("OBS De Regenboog (demo)", "Beheerder (contactpersoon)", "Marieke de Boer",
                "beheer@regenboog.example.nl", "Accounts samenvoegen");
        assertThat(new ObjectMapper().readTree(browser.get(app.url("/api/me")).body()).get("role").asText()).isEqualTo("TEACHER");
    }

    @Test
    void teacherAddsAPupilPrintsACardAndThePupilLogsInWithIt() {
        Browser browser = teacher("meester.jan");
        String csrf = Browser.csrfIn(browser.get(app.url("/beheer")).body()).orElseThrow();
        HttpResponse<String> added = browser.post(app.url("/beheer/leerlingen"),
                form("_csrf", csrf, "firstName", "Yılmaz", "infix", "", "lastName", "Öztürk", "group", "groep 4a"));
        assertThat(added.statusCode()).isEqualTo(303);

        HttpResponse<String> overview = browser.get(app.url("/beheer"));
        assertThat(overview.body()).contains("groep 4a", "Öztürk, Yılmaz", "Inlogkaarten maken voor groep 4a");

        HttpResponse<String> cards = browser.post(app.url("/beheer/kaarten"), form("_csrf", csrf, "group", "groep 4a"));
        assertThat(cards.statusCode()).isEqualTo(200);
        Matcher card = Pattern.compile("class=\"code\">([a-z0-9.]+)</dd>\\s*<dt>Wachtwoord</dt><dd class=\"code\">([a-z0-9]+)</dd>")
                .matcher(cards.body());
        assertThat(card.find()).as("a login card with username and password").isTrue();
        assertThat(card.group(1)).isEqualTo("yilmaz.ozturk");

        Browser pupil = new Browser();
        String pupilCsrf = pupil.csrfFrom(app.url("/"));
        HttpResponse<String> login = pupil.post(app.url("/login/pupil"),
                form("_csrf", pupilCsrf, "username", card.group(1), "password", card.group(2)));
        assertThat(login.headers().firstValue("Location")).contains("/leerling");
        assertThat(pupil.get(app.url("/leerling")).body()).contains("Hoi Yılmaz Öztürk!");

        HttpResponse<String> again = browser.post(app.url("/beheer/kaarten"), form("_csrf", csrf, "group", "groep 4a"));
        assertThat(again.body()).as("no second card for a pupil who has a code").doesNotContain(card.group(1));
    }

    @Test
    void deactivatedCodeNoLongerWorks() {
        Browser browser = teacher("meester.piet");
        String overview = browser.get(app.url("/beheer")).body();
        String csrf = Browser.csrfIn(overview).orElseThrow();
        Matcher sem = Pattern.compile("/beheer/leerlingen/([0-9a-f-]{36})/deactiveren").matcher(overview);
        assertThat(sem.find()).isTrue();
        HttpResponse<String> deactivated = browser.post(app.url("/beheer/leerlingen/" + sem.group(1) + "/deactiveren"),
                form("_csrf", csrf));
        assertThat(deactivated.statusCode()).isEqualTo(303);
        assertThat(browser.get(app.url(deactivated.headers().firstValue("Location").orElseThrow())).body())
                .contains("De inlogcode is gedeactiveerd.");
        assertThat(browser.get(app.url("/beheer")).body()).doesNotContain(sem.group(1) + "/deactiveren");
    }

    @Test
    void beheerIsForTeachersOnlyAndRefusesForeignIds() {
        Browser pupil = new Browser();
        String csrf = pupil.csrfFrom(app.url("/"));
        pupil.post(app.url("/login/pupil"), form("_csrf", csrf, "username", "sem.bakker", "password", "raket815zon"));
        assertThat(pupil.get(app.url("/beheer")).statusCode()).isEqualTo(403);

        Browser teacher = teacher("meester.kees");
        String tcsrf = Browser.csrfIn(teacher.get(app.url("/beheer")).body()).orElseThrow();
        HttpResponse<String> foreign = teacher.post(app.url("/beheer/leerlingen/00000000-0000-0000-0000-000000000000/code"),
                form("_csrf", tcsrf));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("PW-CORE-006");
    }
}
