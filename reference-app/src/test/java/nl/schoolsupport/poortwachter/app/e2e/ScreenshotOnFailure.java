package nl.schoolsupport.poortwachter.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves a screenshot and the page source under {@code target/e2e-failures/} when a browser test fails. */
public final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<WebDriver> driver;

    public ScreenshotOnFailure(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver current = driver.get();
        if (current == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "e2e-failures");
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path png = ((TakesScreenshot) current).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), current.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the failure screenshot: " + e);
        }
    }
}
