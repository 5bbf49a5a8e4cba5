package nl.schoolsupport.poortwachter.app;

import static nl.schoolsupport.poortwachter.app.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.BrowserSession;
import nl.schoolsupport.poortwachter.saml.testing.SimpleSamlPhpIdp;

/** "Inloggen met Entree" through the reference app's endpoints: with the built-in demo IdP and with SimpleSAMLphp. */
class EntreeLoginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), org.unbescape.html.HtmlEscape.unescapeHtml(m.group(2)));
        }
        return fields;
    }

    static JsonNode me(Browser browser, AppUnderTest app) throws Exception {
        return JSON.readTree(browser.get(app.url("/api/me")).body());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTheBuiltInDemoIdp {

        private AppUnderTest app;

        @BeforeAll
        void start() {
            app = AppUnderTest.start();
        }

        @AfterAll
        void stop() {
            app.close();
        }

        /** Start at the app, choose a demo user at the demo IdP, let the signed response come back to the ACS. */
        private HttpResponse<String> loginAs(Browser browser, String userId, String returnTo) {
            HttpResponse<String> start = browser.get(app.url("/saml/entree/login" + (returnTo == null ? "" : "?returnTo=" + returnTo)));
            assertThat(start.statusCode()).isEqualTo(302);
            String idpPage = browser.get(start.headers().firstValue("Location").orElseThrow()).body();
            assertThat(idpPage).contains("DEMO");
            Matcher userForm = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">((?:(?!</form>).)*data-user=\"" + userId
                    + "\"(?:(?!</form>).)*)</form>", Pattern.DOTALL).matcher(idpPage);
            assertThat(userForm.find()).isTrue();
            String autopost = browser.post(app.url(userForm.group(1)), fields(userForm.group(2))).body();
            Matcher acs = FORM.matcher(autopost);
            assertThat(acs.find()).isTrue();
            assertThat(acs.group(1)).isEqualTo(app.url("/saml/entree/acs"));
            return browser.post(acs.group(1), fields(autopost));
        }

        @Test
        void pupilAndTeacherLogInThroughTheDemoIdp() throws Exception {
            Browser pupil = new Browser();
            HttpResponse<String> landed = loginAs(pupil, "leerling2", null);
            assertThat(landed.statusCode()).isEqualTo(303);
            assertThat(landed.headers().firstValue("Location")).contains("/leerling");
            JsonNode me = me(pupil, app);
            assertThat(me.get("displayName").asText()).isEqualTo("Zoë Çelik");
            assertThat(me.get("realm").asText()).isEqualTo("entree");
            assertThat(me.get("role").asText()).isEqualTo("PUPIL");
            assertThat(me.get("school").asText()).isEqualTo("12AB00");

            Browser teacher = new Browser();
            HttpResponse<String> teacherLanded = loginAs(teacher, "docent1", "/beheer");
            assertThat(teacherLanded.headers().firstValue("Location")).contains("/beheer");
            assertThat(me(teacher, app).get("role").asText()).isEqualTo("TEACHER");
        }

        /** Runs a demo-IdP login up to the signed response, without posting it to the ACS. */
        private Map<String, String> signedResponseFor(Browser browser, String userId) {
            HttpResponse<String> start = browser.get(app.url("/saml/entree/login"));
            String idpPage = browser.get(start.headers().firstValue("Location").orElseThrow()).body();
            Matcher userForm = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">((?:(?!</form>).)*data-user=\"" + userId
                    + "\"(?:(?!</form>).)*)</form>", Pattern.DOTALL).matcher(idpPage);
            assertThat(userForm.find()).isTrue();
            return fields(browser.post(app.url(userForm.group(1)), fields(userForm.group(2))).body());
        }

        @Test
        void responseUsedInAnotherBrowserIsRefusedWithAReference() {
            Map<String, String> response = signedResponseFor(new Browser(), "leerling1");
            Browser attacker = new Browser();
            attacker.get(app.url("/"));
            HttpResponse<String> stolen = attacker.post(app.url("/saml/entree/acs"), response);
            assertThat(stolen.statusCode()).isEqualTo(400);
            assertThat(stolen.body()).contains("PW-SAML-025", "Inloggen is niet gelukt");
            assertThat(attacker.get(app.url("/api/me")).statusCode()).isEqualTo(401);
        }

        @Test
        void replayedResponseIsRefused() {
            Browser browser = new Browser();
            Map<String, String> response = signedResponseFor(browser, "leerling1");
            assertThat(browser.post(app.url("/saml/entree/acs"), response).statusCode()).isEqualTo(303);
            HttpResponse<String> replay = new Browser().post(app.url("/saml/entree/acs"), response);
            assertThat(replay.statusCode()).isIn(200, 400);
            HttpResponse<String> replayInSameBrowser = browser.post(app.url("/saml/entree/acs"), response);
            assertThat(replayInSameBrowser.statusCode()).isEqualTo(400);
            assertThat(replayInSameBrowser.body()).contains("PW-SAML-");
        }

        @Test
        void forgedAndGarbageResponsesGetAnErrorPageNotAStackTrace() {
            Browser browser = new Browser();
            browser.get(app.url("/"));
            HttpResponse<String> garbage = browser.post(app.url("/saml/entree/acs"), form("SAMLResponse", "bm90IHhtbA=="));
            assertThat(garbage.statusCode()).isEqualTo(400);
            assertThat(garbage.body()).contains("Referentiecode", "PW-SAML-").doesNotContain("Exception").doesNotContain("at nl.");
            HttpResponse<String> openRedirect = browser.get(app.url("/saml/entree/login?returnTo=//evil.example/"));
            assertThat(openRedirect.statusCode()).isEqualTo(400);
            assertThat(openRedirect.body()).contains("PW-SAML-029");
        }

        @Test
        void metadataIsPublishedAndTheLoginPageHasTheButton() {
            HttpResponse<String> metadata = new Browser().get(app.url("/saml/entree/metadata"));
            assertThat(metadata.statusCode()).isEqualTo(200);
            assertThat(metadata.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("samlmetadata+xml"));
            assertThat(metadata.body()).contains("entityID=\"" + app.url("/saml/entree") + "\"", app.url("/saml/entree/acs"));
            assertThat(new Browser().get(app.url("/")).body()).contains("Inloggen met Entree", "href=\"/saml/entree/login\"");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithSimpleSamlPhp {

        private SimpleSamlPhpIdp idp;
        private AppUnderTest app;

        @BeforeAll
        void start() throws Exception {
            int port = AppUnderTest.freePort();
            String base = "http://127.0.0.1:" + port;
            idp = SimpleSamlPhpIdp.startEntree(Path.of("target", "simplesamlphp-app-it"), base + "/saml/entree", base + "/saml/entree/acs");
            app = AppUnderTest.start(Map.of("http.port", String.valueOf(port), "public-base-url", base,
                    "entree.idp-metadata", idp.metadataUrl()));
            Path spMetadata = Path.of("target", "simplesamlphp-app-it", "sp-metadata.xml");
            Files.writeString(spMetadata, new Browser().get(app.url("/saml/entree/metadata")).body());
            idp.registerSpMetadata(spMetadata);
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
            if (idp != null) {
                idp.close();
            }
        }

        private Browser loginAs(String username) {
            Browser browser = new Browser();
            HttpResponse<String> start = browser.get(app.url("/saml/entree/login"));
            assertThat(start.statusCode()).isEqualTo(302);
            PostForm form = new BrowserSession().loginAtSimpleSamlPhp(URI.create(start.headers().firstValue("Location").orElseThrow()),
                    username, "welkom01");
            assertThat(form.actionUrl()).isEqualTo(app.url("/saml/entree/acs"));
            HttpResponse<String> landed = browser.post(form.actionUrl(), form.fields());
            assertThat(landed.statusCode()).as(landed.body()).isEqualTo(303);
            return browser;
        }

        @Test
        void teacherAndPupilsLogInThroughTheRealIdp() throws Exception {
            JsonNode teacher = me(loginAs("docent1"), app);
            assertThat(teacher.get("role").asText()).isEqualTo("TEACHER");
            assertThat(teacher.get("displayName").asText()).isEqualTo("Anna Jansen");
            assertThat(teacher.get("realm").asText()).isEqualTo("entree");

            JsonNode zoe = me(loginAs("leerling2"), app);
            assertThat(zoe.get("displayName").asText()).isEqualTo("Zoë Çelik");
            assertThat(zoe.get("role").asText()).isEqualTo("PUPIL");
            assertThat(zoe.get("school").asText()).isEqualTo("12AB00");

            JsonNode daan = me(loginAs("leerling1"), app);
            assertThat(daan.get("displayName").asText()).isEqualTo("Daan van der Berg");
        }
    }
}
