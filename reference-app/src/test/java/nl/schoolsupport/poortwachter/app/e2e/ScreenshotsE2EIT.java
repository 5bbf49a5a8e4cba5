package nl.schoolsupport.poortwachter.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.schoolsupport.poortwachter.app.AppUnderTest;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;

/**
 * Renders the pages shown in the README (login page, teacher area, merge screen) in Chromium and saves them under
 * {@code target/screenshots/}; {@code docs/screenshots/} holds the committed copies.
 */
class ScreenshotsE2EIT {

    private static AppUnderTest app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of());
        app.app().injector().getInstance(SyncJob.class).runAll(SyncProgress.NONE);
        browser = Chrome.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static Path save(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        return png;
    }

    @Test
    void readmePagesRender() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(app.url("/"));
        Path login = save("login");

        browser.findElement(By.id("licence-username")).sendKeys("an.peeters");
        browser.findElement(By.id("licence-password")).sendKeys("Regenboog-2026");
        browser.findElement(By.cssSelector("form[action='/login/licence'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/leraar"));
        Path teacher = save("teacher");
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("afgemeld"));

        browser.get(app.url("/demo-idp/basispoort/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-user='1001602']"))).click();
        wait.until(ExpectedConditions.urlContains("/leraar"));
        browser.get(app.url("/beheer/samenvoegen"));
        Path merge = save("merge");

        for (Path png : new Path[] {login, teacher, merge}) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(10_000);
            assertThat(bytes[1]).as("PNG signature").isEqualTo((byte) 'P');
        }
    }
}
