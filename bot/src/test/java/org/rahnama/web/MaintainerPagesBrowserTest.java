package org.rahnama.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.rahnama.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A maintainer edits the knowledge base on disk and follows it on /kb while the bot keeps answering. */
class MaintainerPagesBrowserTest extends BrowserTest {

    private static final String ENTRY = "entries/french/french-courses-other/prs.md";
    private static final String DARI_QUESTION = "کجا می‌توانم زبان فرانسوی یاد بگیرم؟";

    @Autowired
    KnowledgeBase knowledgeBase;

    @BeforeEach
    void signIn() {
        Browsers.authorize(browser, TOKEN);
    }

    @Test
    void withoutTheToken_theMaintainersPagesAskForIt() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String authorization : new String[] {null, "Bearer wrong", "Basic " + java.util.Base64.getEncoder().encodeToString("x:wrong".getBytes())}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/kb")));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
            assertThat(response.body()).doesNotContain("entries");
        }
        HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(url("/kb/intents")))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);
    }

    @Test
    void aBrokenEntryOnDisk_isShownWithFileAndLine_whileTheChatAnswersFromTheLastGoodVersion() throws Exception {
        Path file = KNOWLEDGE_BASE.resolve(ENTRY);
        String good = Files.readString(file);
        String goodTitle = knowledgeBase.byId("french-courses-other", org.rahnama.language.Language.PRS).orElseThrow().text().title();
        try {
            Files.writeString(file, "---\ntitle: \"BROKEN\"\ntranslated-from: [2026-11-22\n---\nخراب\n");
            waiting().until(d -> knowledgeBase.problems().stream().anyMatch(p -> p.error() && p.file().endsWith(ENTRY)));

            browser.get(url("/kb"));
            String problems = browser.findElement(By.cssSelector("table")).getText();
            assertThat(problems).containsPattern("error\\s+\\S*" + ENTRY.replace(".", "\\.") + ":\\d+");

            browser.get(url("/"));
            browser.findElement(By.id("q")).sendKeys(DARI_QUESTION, Keys.ENTER);
            String answer = turnAfter(1).getText();
            assertThat(answer).contains(goodTitle).doesNotContain("BROKEN");
        } finally {
            Files.writeString(file, good);
            waiting().until(d -> knowledgeBase.problems().stream().noneMatch(p -> p.file().endsWith(ENTRY)));
        }
    }

    @Test
    void theEntryPreview_showsTheSixLanguagesSideBySide_eachInItsDirection() {
        browser.get(url("/kb"));
        browser.findElement(By.linkText("french/french-courses-other")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/kb/entry/french-courses-other"));
        var columns = browser.findElements(By.cssSelector(".languages .col"));
        assertThat(columns).extracting(c -> c.getAttribute("lang")).containsExactly("ar", "ps", "prs", "ti", "en", "fr");
        assertThat(columns).extracting(c -> c.getAttribute("dir")).containsExactly("rtl", "rtl", "rtl", "ltr", "ltr", "ltr");
        assertThat(columns.get(2).getText()).contains(knowledgeBase.byId("french-courses-other",
                org.rahnama.language.Language.PRS).orElseThrow().text().title(), "prs.md");
    }

    @Test
    void theIntentsPage_listsEveryIntentWithTheEntriesThatAnswerIt() {
        browser.get(url("/kb/intents"));
        String table = browser.findElement(By.cssSelector("table")).getText();
        assertThat(table).contains("french-courses", "french-courses-other", "content", "safety");
    }
}
