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
import nl.schoolsupport.poortwachter.app.demo.DemoData;

/** The reference app's journeys in a real headless Chromium. */
class JourneyE2EIT extends BrowserTest {

    private static AppUnderTest app;

    @BeforeAll
    static void start() {
        app = AppUnderTest.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private void typeInto(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void pupilLogsInWithTheOwnCodeSeesThePupilAreaAndLogsOut() {
        DemoData.DemoPupil zoe = DemoData.PUPILS.get(0);
        browser.get(app.url("/"));
        assertThat(browser.getTitle()).contains("Inloggen");
        assertThat(browser.findElement(By.id("pupil-title")).getText()).contains("Inloggen leerlingendeel");

        typeInto("pupil-username", zoe.username());
        typeInto("pupil-password", zoe.password());
        browser.findElement(By.cssSelector("form[action='/login/pupil'] button[type=submit]")).click();

        waiting().until(ExpectedConditions.urlContains("/leerling"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hoi Zoë Çelik!");
        assertThat(browser.getPageSource()).contains("Toetsen maken", "Oefenen", "je eigen code");

        browser.findElement(By.cssSelector("form.logout button")).click();
        waiting().until(ExpectedConditions.urlContains("afgemeld"));
        assertThat(browser.getPageSource()).contains("Je bent uitgelogd.");
        browser.get(app.url("/leerling"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/leerling");
    }

    @Test
    void flemishTeacherLogsInWithLicenceCredentialsAndSeesTheSchoolAndAdministrator() {
        browser.get(app.url("/"));
        typeInto("licence-username", "an.peeters");
        typeInto("licence-password", "Regenboog-2026");
        browser.findElement(By.cssSelector("form[action='/login/licence'] button[type=submit]")).click();

        waiting().until(ExpectedConditions.urlContains("/leraar"));
        assertThat(browser.findElement(By.id("school-title")).getText()).isEqualTo("Vrije Basisschool De Regenboog");
        assertThat(browser.findElement(By.id("administrator")).getText()).contains("Els Vermeulen", "els.vermeulen@regenboog.example");
        assertThat(browser.findElement(By.id("licence-status")).getText()).isNotBlank();

        browser.findElement(By.cssSelector("form.logout button")).click();
        waiting().until(ExpectedConditions.urlContains("afgemeld"));
        assertThat(browser.findElements(By.cssSelector("section.notices article"))).as("renewal notice on the login page").isNotEmpty();
    }

    @Test
    void wrongPasswordShowsTheDutchMessageNextToTheForm() {
        browser.get(app.url("/"));
        typeInto("pupil-username", "daan.vanderberg");
        typeInto("pupil-password", "fout");
        browser.findElement(By.cssSelector("form[action='/login/pupil'] button[type=submit]")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pupil-error")));
        assertThat(error.getText()).contains("De gebruikersnaam of het wachtwoord klopt niet.", "PW-LOGIN-001");
        assertThat(browser.findElement(By.id("pupil-username")).getAttribute("value")).isEqualTo("daan.vanderberg");
    }

    @Test
    void languageSwitchShowsEnglish() {
        browser.get(app.url("/"));
        browser.findElement(By.cssSelector("nav.lang a[hreflang=en]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pupil-title"), "Pupil login"));
        browser.get(app.url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

}
