package org.rahnama.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver, headless, started from their system paths so that Selenium downloads
 * nothing. Without them a developer's test run skips the browser tests; in CI ({@code CI=true}, where .ci/run
 * installs them) their absence is a failure.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("rahnama.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("rahnama.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("bot/target/browser-screenshots");

    private Browsers() {
    }

    static ChromeDriver chromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the browser tests: install chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + ")");
        }
        assumeTrue(present, "chromium and chromium-driver are not installed: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // A phone-sized window: the page must be usable on a small screen. Root in a container needs --no-sandbox.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Sends maintainers' credentials with every request of this browser, as a browser does after its login prompt. */
    static void authorize(ChromeDriver browser, String token) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("maintainer:" + token).getBytes()))));
    }

    static void grant(ChromeDriver browser, String origin, List<String> permissions) {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", permissions));
    }

    /** Saves what the browser showed when a test failed, under bot/target/browser-screenshots/. */
    static final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            ChromeDriver browser = BrowserTest.browser;
            if (browser != null) {
                try {
                    Files.createDirectories(SCREENSHOTS);
                    Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + ".png");
                    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
                    failure.addSuppressed(new AssertionError("screenshot: " + file.toAbsolutePath()));
                } catch (IOException | RuntimeException e) {
                    failure.addSuppressed(e instanceof IOException io ? new UncheckedIOException(io) : e);
                }
            }
            throw failure;
        }
    }
}
