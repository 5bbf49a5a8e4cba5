package nl.schoolsupport.poortwachter.app;

import static nl.schoolsupport.poortwachter.app.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.schoolsupport.poortwachter.app.demo.DemoData;

/** The pupil-code journey over real HTTP against the running reference app (embedded H2, demo data). */
class PupilLoginIT {

    private static final DemoData.DemoPupil ZOE = DemoData.PUPILS.get(0);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> loginAsPupil(Browser browser, String username, String password) {
        String csrf = browser.csrfFrom(app.url("/"));
        return browser.post(app.url("/login/pupil"), form("_csrf", csrf, "username", username, "password", password));
    }

    @Test
    void loginPageIsDutchWithThePupilFormAndSecurityHeaders() {
        HttpResponse<String> page = new Browser().get(app.url("/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"nl\"", "Inloggen leerlingendeel", "eigen code", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("PWSESSION", "HttpOnly", "SameSite=Lax"));
        assertThat(new Browser("en").get(app.url("/")).body()).contains("lang=\"en\"", "Pupil login");
    }

    @Test
    void demoPupilLogsInSeesThePupilPageAndLogsOut() throws Exception {
        Browser browser = new Browser();
        browser.csrfFrom(app.url("/"));
        String sessionBefore = browser.cookie("PWSESSION").orElseThrow();

        HttpResponse<String> login = loginAsPupil(browser, ZOE.username(), ZOE.password());

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/leerling");
        assertThat(browser.cookie("PWSESSION")).as("session id rotated at login").isNotEqualTo(java.util.Optional.of(sessionBefore));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("rememberMe"));

        JsonNode me = JSON.readTree(browser.get(app.url("/api/me")).body());
        assertThat(me.get("displayName").asText()).isEqualTo("Zoë Çelik");
        assertThat(me.get("role").asText()).isEqualTo("PUPIL");
        assertThat(me.get("school").asText()).isEqualTo("12AB00");
        assertThat(me.get("realm").asText()).isEqualTo("pupil-code");
        assertThat(me.get("accountId").asText()).matches("[0-9a-f-]{36}");

        HttpResponse<String> pupilPage = browser.get(app.url("/leerling"));
        assertThat(pupilPage.statusCode()).isEqualTo(200);
        assertThat(pupilPage.body()).contains("Hoi Zoë Çelik!", "je eigen code", "Toetsen maken", "Oefenen");

        String csrf = Browser.csrfIn(pupilPage.body()).orElseThrow();
        HttpResponse<String> logout = browser.post(app.url("/logout"), form("_csrf", csrf));
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.get(app.url("/api/me")).statusCode()).isEqualTo(401);
        assertThat(browser.get(app.url("/leerling")).statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameDutchMessage() {
        HttpResponse<String> wrong = loginAsPupil(new Browser(), "daan.vanderberg", "verkeerd");
        HttpResponse<String> unknown = loginAsPupil(new Browser(), "niemand.hier", "verkeerd");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("De gebruikersnaam of het wachtwoord klopt niet.", "PW-LOGIN-001");
        assertThat(unknown.body()).contains("De gebruikersnaam of het wachtwoord klopt niet.", "PW-LOGIN-001");
        assertThat(wrong.body()).doesNotContain("verkeerd");
    }

    @Test
    void repeatedFailuresAreThrottledWith429() {
        Browser browser = new Browser();
        for (int i = 0; i < 6; i++) {
            assertThat(loginAsPupil(browser, "sem.bakker", "fout" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = loginAsPupil(browser, "sem.bakker", DemoData.PUPILS.get(2).password());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("PW-LOGIN-002");
    }

    @Test
    void postWithoutCsrfTokenIsRefusedAndLogsNobodyIn() {
        Browser browser = new Browser();
        browser.get(app.url("/"));
        HttpResponse<String> forged = browser.post(app.url("/login/pupil"),
                form("username", ZOE.username(), "password", ZOE.password()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Deze pagina is verlopen");
        assertThat(browser.get(app.url("/api/me")).statusCode()).isEqualTo(401);

        HttpResponse<String> wrongToken = browser.post(app.url("/login/pupil"),
                form("_csrf", "forged", "username", ZOE.username(), "password", ZOE.password()));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void protectedPagesRedirectVisitorsAndForbidOtherRoles() {
        Browser visitor = new Browser();
        HttpResponse<String> teacherPage = visitor.get(app.url("/leraar"));
        assertThat(teacherPage.statusCode()).isEqualTo(302);
        assertThat(teacherPage.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        Browser pupil = new Browser();
        loginAsPupil(pupil, DemoData.PUPILS.get(1).username(), DemoData.PUPILS.get(1).password());
        HttpResponse<String> forbidden = pupil.get(app.url("/leraar"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Geen toegang");
        assertThat(pupil.get(app.url("/beheer/samenvoegen")).statusCode()).isEqualTo(403);
    }

    @Test
    void hostileInputGetsAnswersNotErrors() {
        Browser browser = new Browser();
        HttpResponse<String> oversized = loginAsPupil(browser, "x".repeat(10_000), "y".repeat(10_000));
        assertThat(oversized.statusCode()).isEqualTo(401);
        HttpResponse<String> sql = loginAsPupil(browser, "' or '1'='1", "' or '1'='1");
        assertThat(sql.statusCode()).isEqualTo(401);
        HttpResponse<String> empty = browser.post(app.url("/login/pupil"), form("_csrf", browser.csrfFrom(app.url("/"))));
        assertThat(empty.statusCode()).isEqualTo(401);
        HttpResponse<String> missing = browser.get(app.url("/bestaat-niet"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Pagina niet gevonden").doesNotContain("Exception");
    }

    @Test
    void healthAndApiAnswerJson() {
        HttpResponse<String> health = new Browser().get(app.url("/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\":\"UP\"");
        HttpResponse<String> me = new Browser().get(app.url("/api/me"));
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void aForgedResponsePostedCrossSiteDoesNotLogTheUserOut() throws Exception {
        Browser browser = new Browser();
        loginAsPupil(browser, ZOE.username(), ZOE.password());
        HttpResponse<String> forged = browser.post(app.url("/saml/entree/acs"), form("SAMLResponse", "PHJlc3BvbnNlLz4="));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(browser.get(app.url("/api/me")).body()).get("displayName").asText()).isEqualTo("Zoë Çelik");
    }

    @Test
    void loggingInAsSomeoneElseReplacesTheUser() throws Exception {
        Browser browser = new Browser();
        loginAsPupil(browser, ZOE.username(), ZOE.password());
        DemoData.DemoPupil daan = DemoData.PUPILS.get(1);
        assertThat(loginAsPupil(browser, daan.username(), daan.password()).statusCode()).isEqualTo(303);
        assertThat(JSON.readTree(browser.get(app.url("/api/me")).body()).get("displayName").asText())
                .isEqualTo(daan.name().displayName());
    }
}
