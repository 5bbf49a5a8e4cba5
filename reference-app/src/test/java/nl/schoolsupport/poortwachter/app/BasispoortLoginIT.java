package nl.schoolsupport.poortwachter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;

/**
 * The Basispoort tile through the reference app: the demo portal posts an unsolicited, really signed response;
 * the ACS resolves it to the account the (demo) synchronisation made; users the sync does not know get the
 * "not synchronised yet" page with their school's checklist.
 */
class BasispoortLoginIT {

    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start();
        assertThat(app.app().injector().getInstance(SyncJob.class).runAll(SyncProgress.NONE).failed()).isZero();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Opens the demo portal, clicks the user's Bareka tile, posts the signed response to the ACS. */
    static HttpResponse<String> tile(AppUnderTest app, Browser browser, String userId) {
        String portal = browser.get(app.url("/demo-idp/basispoort/")).body();
        Matcher form = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">((?:(?!</form>).)*data-user=\"" + userId
                + "\"(?:(?!</form>).)*)</form>", Pattern.DOTALL).matcher(portal);
        assertThat(form.find()).as("a tile for " + userId).isTrue();
        String autopost = browser.post(app.url(form.group(1)), EntreeLoginIT.fields(form.group(2))).body();
        Matcher acs = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(autopost);
        assertThat(acs.find()).isTrue();
        assertThat(acs.group(1)).isEqualTo(app.url("/saml/basispoort/acs"));
        return browser.post(acs.group(1), EntreeLoginIT.fields(autopost));
    }

    @Test
    void pupilTileLandsOnTheSynchronisedAccount() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> landed = tile(app, browser, "1001501");
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).contains("/leerling");
        JsonNode me = EntreeLoginIT.me(browser, app);
        assertThat(me.get("displayName").asText()).isEqualTo("Zoë Çelik");
        assertThat(me.get("realm").asText()).isEqualTo("basispoort");
        assertThat(me.get("school").asText()).isEqualTo("12AB00");
        assertThat(browser.get(app.url("/leerling")).body()).contains("Basispoort", "groep 5b");
    }

    @Test
    void ictCoordinatorReachesMergeAndSyncPages() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> landed = tile(app, browser, "1001602");
        assertThat(landed.headers().firstValue("Location")).contains("/leraar");
        assertThat(EntreeLoginIT.me(browser, app).get("roles").toString()).contains("ict-coordinator");
        assertThat(browser.get(app.url("/beheer/samenvoegen")).statusCode()).isEqualTo(200);
        HttpResponse<String> sync = browser.get(app.url("/beheer/synchronisatie"));
        assertThat(sync.statusCode()).isEqualTo(200);
        assertThat(sync.body()).contains("OBS De Regenboog", "id=\"checklist\"");
    }

    @Test
    void userOfASchoolWithTheToggleOffGetsTheNotSynchronisedPage() {
        Browser browser = new Browser();
        HttpResponse<String> refused = tile(app, browser, "1003501");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("nog niet gesynchroniseerd", "Uitgeverij Schoolsupport", "PW-LOGIN-005");
        assertThat(browser.get(app.url("/api/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void spInitiatedLoginWorksToo() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> start = browser.get(app.url("/saml/basispoort/login"));
        assertThat(start.statusCode()).isEqualTo(302);
        String idpPage = browser.get(start.headers().firstValue("Location").orElseThrow()).body();
        Matcher form = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">((?:(?!</form>).)*data-user=\"1001502\"(?:(?!</form>).)*)</form>",
                Pattern.DOTALL).matcher(idpPage);
        assertThat(form.find()).isTrue();
        String autopost = browser.post(app.url(form.group(1)), EntreeLoginIT.fields(form.group(2))).body();
        HttpResponse<String> landed = browser.post(app.url("/saml/basispoort/acs"), EntreeLoginIT.fields(autopost));
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(EntreeLoginIT.me(browser, app).get("displayName").asText()).isEqualTo("Daan van der Berg");
    }

    @Test
    void loginPageOffersBasispoortAndTheDemoPortal() {
        assertThat(new Browser().get(app.url("/")).body()).contains("Inloggen met Basispoort", "/demo-idp/basispoort/");
        assertThat(new Browser().get(app.url("/saml/basispoort/metadata")).body()).contains(app.url("/saml/basispoort/acs"));
    }

}
