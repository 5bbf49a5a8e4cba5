package nl.schoolsupport.poortwachter.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.schoolsupport.poortwachter.app.AppUnderTest;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;

/**
 * In a real browser: the Basispoort tile (IdP-initiated SAML from the demo portal) for a pupil, and the ICT
 * coordinator who merges an old account by hand and undoes it.
 */
class BasispoortMergeE2EIT extends BrowserTest {

    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of());
        app.app().injector().getInstance(SyncJob.class).runAll(SyncProgress.NONE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private void clickTile(String userId) {
        browser.get(app.url("/"));
        browser.findElement(By.cssSelector("a[href='/demo-idp/basispoort/']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-user='" + userId + "']"))).click();
    }

    @Test
    void pupilClicksTheBarekaTileAndLandsOnThePupilPage() {
        clickTile("1001501");
        waiting().until(ExpectedConditions.urlContains("/leerling"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hoi Zoë Çelik!");
        assertThat(browser.getPageSource()).contains("Basispoort");
    }

    @Test
    void ictCoordinatorMergesAnOldAccountByHandAndUndoesIt() {
        clickTile("1001602");
        waiting().until(ExpectedConditions.urlContains("/leraar"));
        browser.findElement(By.cssSelector("a[href='/beheer/samenvoegen']")).click();
        waiting().until(ExpectedConditions.urlContains("/beheer/samenvoegen"));

        WebElement mohamed = browser.findElements(By.cssSelector("article.waiting")).stream()
                .filter(a -> a.getText().contains("Mohamed El Amrani")).findFirst().orElseThrow();
        assertThat(mohamed.getText()).contains("Mohammed El Amrani", "resultaten");
        mohamed.findElement(By.linkText("Samenvoegen…")).click();

        waiting().until(ExpectedConditions.urlContains("/bevestigen"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Samenvoegen bevestigen");
        browser.findElement(By.id("confirm-merge")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("samengevoegd");
        assertThat(browser.findElement(By.id("history-table")).getText()).contains("Mohamed El Amrani", "Mohammed El Amrani");

        browser.findElement(By.cssSelector("#history-table form button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "ongedaan"));
        assertThat(browser.findElement(By.id("history-table")).getText()).contains("ongedaan gemaakt");
    }
}
