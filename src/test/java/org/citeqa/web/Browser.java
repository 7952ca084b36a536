package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: the Debian packages chromium and chromium-driver
 * (/usr/bin/chromium, /usr/bin/chromedriver; override with CHROMIUM_BIN and CHROMEDRIVER_BIN).
 * Without them the tests fail when CI=true and are skipped otherwise.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        String chromium = env("CHROMIUM_BIN", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            String message = "Browser tests need headless Chromium: " + chromium + " and " + chromedriver
                    + " must exist (apt-get install -y chromium chromium-driver).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("citeqa-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Files.createDirectories(SCREENSHOTS);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the browser profile", e);
        }
    }

    /** No script the page was given ran: no alert is open. */
    void assertNoAlert() {
        try {
            driver.switchTo().alert();
            org.junit.jupiter.api.Assertions.fail("an alert fired");
        } catch (org.openqa.selenium.NoAlertPresentException expected) {
            // nothing ran
        }
    }

    void screenshot(String name) {
        try {
            Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    /** Emulates a phone of this CSS width (or the desktop window again when width is 0). */
    void phone(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 760, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /** Console messages since the last call: CSP violations and script errors show up here. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                // 404s of endpoints the page probes (/api/ask/stream, /api/verify) are expected and handled
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        && !entry.getMessage().contains("Failed to load resource")) {
                    errors.add(entry.getMessage());
                }
            }
        } catch (RuntimeException e) {
            // some driver versions cannot return logs; the other assertions still hold
        }
        return errors;
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** The element's text as the DOM holds it, hidden parts included. */
    String textContent(WebElement element) {
        return (String) js("return arguments[0].textContent", element);
    }

    /** Emulates the system's dark (or light) colour scheme. */
    void dark(boolean on) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", on
                ? List.of(Map.of("name", "prefers-color-scheme", "value", "dark")) : List.of()));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
