package nl.schoolsupport.poortwachter.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.schoolsupport.poortwachter.app.AppUnderTest;
import nl.schoolsupport.poortwachter.app.Browser;
import nl.schoolsupport.poortwachter.saml.testing.SimpleSamlPhpIdp;

/** "Inloggen met Entree" in a real browser against the real SimpleSAMLphp IdP. */
class EntreeE2EIT extends BrowserTest {

    private static SimpleSamlPhpIdp idp;
    private static AppUnderTest app;

    @BeforeAll
    static void start() throws Exception {
        int port = AppUnderTest.freePort();
        String base = "http://127.0.0.1:" + port;
        Path state = Path.of("target", "simplesamlphp-e2e");
        idp = SimpleSamlPhpIdp.startEntree(state, base + "/saml/entree", base + "/saml/entree/acs");
        app = AppUnderTest.start(Map.of("http.port", String.valueOf(port), "public-base-url", base, "entree.idp-metadata",
                idp.metadataUrl()));
        Path spMetadata = state.resolve("sp-metadata.xml");
        Files.writeString(spMetadata, new Browser().get(app.url("/saml/entree/metadata")).body());
        idp.registerSpMetadata(spMetadata);
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

    @Test
    void pupilLogsInWithEntreeAtTheRealIdp() {
        WebDriverWait wait = waiting();
        browser.get(app.url("/"));
        browser.findElement(By.linkText("Inloggen met Entree")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).startsWith(idp.ssoUrl().substring(0, idp.ssoUrl().indexOf("/simplesaml")));
        browser.findElement(By.name("username")).sendKeys("leerling2");
        browser.findElement(By.name("password")).sendKeys("welkom01");
        browser.findElement(By.name("password")).submit();

        wait.until(ExpectedConditions.urlContains("/leerling"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hoi Zoë Çelik!");
        assertThat(browser.getPageSource()).contains("Entree");
    }
}
