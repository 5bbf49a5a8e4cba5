package nl.schoolsupport.poortwachter.app;

import static nl.schoolsupport.poortwachter.app.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Flemish teachers log in with licence credentials against the built-in demo licence service (real HTTP on
 * loopback, the same contract the real licence system implements).
 */
class LicenceLoginIT {

    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> loginAsTeacher(Browser browser, String username, String password) {
        String csrf = browser.csrfFrom(app.url("/"));
        return browser.post(app.url("/login/licence"), form("_csrf", csrf, "username", username, "password", password));
    }

    @Test
    void flemishTeacherSeesSchoolAdministratorAndLicence() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = loginAsTeacher(browser, "an.peeters", "Regenboog-2026");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/leraar");

        HttpResponse<String> home = browser.get(app.url("/leraar"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Vrije Basisschool De Regenboog", "031856", "Els Vermeulen",
                "els.vermeulen@regenboog.example", "het Licentiebeheersysteem", "id=\"licence-status\"");

        JsonNode me = new ObjectMapper().readTree(browser.get(app.url("/api/me")).body());
        assertThat(me.get("realm").asText()).isEqualTo("licence");
        assertThat(me.get("role").asText()).isEqualTo("TEACHER");
        assertThat(me.get("school").asText()).isEqualTo("031856");
    }

    @Test
    void loginPageShowsTheRenewalNoticeAndTheSchoolsOwnNoticeAfterALogin() {
        Browser browser = new Browser();
        loginAsTeacher(browser, "an.peeters", "Regenboog-2026");
        String csrf = Browser.csrfIn(browser.get(app.url("/leraar")).body()).orElseThrow();
        browser.post(app.url("/logout"), form("_csrf", csrf));

        HttpResponse<String> page = browser.get(app.url("/"));
        assertThat(page.body()).contains("class=\"notices\"").containsIgnoringCase("licentie");
        assertThat(browser.cookie("pw_school")).isPresent();

        Browser stranger = new Browser();
        stranger.get(app.url("/"));
        HttpResponse<String> forged = stranger.get(app.url("/"));
        assertThat(forged.statusCode()).isEqualTo(200);
    }

    @Test
    void expiredLicenceAndUnlicensedProductGetTheirOwnDutchMessages() {
        HttpResponse<String> expired = loginAsTeacher(new Browser(), "kris.wouters", "Klavertje-2026");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("id=\"licence-error\"").contains("PW-LICENCE-").containsIgnoringCase("verlopen");

        HttpResponse<String> unlicensed = loginAsTeacher(new Browser(), "lien.claes", "Zonnebloem-2026");
        assertThat(unlicensed.body()).contains("id=\"licence-error\"").contains("PW-LICENCE-");
        assertThat(unlicensed.body()).doesNotContain(expired.body().substring(expired.body().indexOf("licence-error"),
                expired.body().indexOf("licence-error") + 60));
    }

    @Test
    void wrongPasswordIsThrottledLikePupilCodes() {
        Browser browser = new Browser();
        HttpResponse<String> wrong = loginAsTeacher(browser, "tom.maes", "fout");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"licence-error\"");
        for (int i = 0; i < 6; i++) {
            loginAsTeacher(browser, "tom.maes", "fout" + i);
        }
        assertThat(loginAsTeacher(browser, "tom.maes", "Regenboog-2026").statusCode()).isEqualTo(429);
    }
}
