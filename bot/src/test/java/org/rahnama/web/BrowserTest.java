package org.rahnama.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, reading a temporary copy of the knowledge base (so a test can break a file on disk)
 * with the maintainers' pages on, and one headless chromium per test class. Subclasses share the Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rahnama.web.maintainer-token=" + BrowserTest.TOKEN, "rahnama.knowledge.reload-interval=200ms"})
@ExtendWith(Browsers.ScreenshotOnFailure.class)
abstract class BrowserTest {

    static final String TOKEN = "maintainer-test-token";
    static final Path KNOWLEDGE_BASE = copyOfKnowledgeBase();
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void knowledgeBaseOnDisk(DynamicPropertyRegistry registry) {
        registry.add("rahnama.data.knowledge-base", KNOWLEDGE_BASE::toString);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Every test is a new person: no cookie, so a new session and its own flood budget. */
    @BeforeEach
    void newPerson() {
        browser.get(url("/web/chat.css"));
        browser.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    List<WebElement> turns() {
        return browser.findElements(By.cssSelector("#log .turn"));
    }

    /** Waits for the answer that follows the given number of turns. */
    WebElement turnAfter(int before) {
        waiting().until(d -> turns().size() > before);
        return turns().getLast();
    }

    private static Path copyOfKnowledgeBase() {
        try {
            Path target = Files.createTempDirectory("rahnama-kb-");
            Path source = Path.of("knowledge-base");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
