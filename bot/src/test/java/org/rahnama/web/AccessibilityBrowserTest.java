package org.rahnama.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** axe-core, run inside chromium, finds no serious or critical accessibility problem on the chat and /kb pages. */
class AccessibilityBrowserTest extends BrowserTest {

    private static void assertNoSeriousViolations(String page) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as(page + ": " + results.getErrorMessage()).isFalse();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as(page + ":\n" + serious.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getHelp() + " " + rule.getNodes().stream().map(Object::toString).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theCheck_findsASeriousViolation_onAPageThatHasOne() {
        browser.get("data:text/html,<html lang=en><title>t</title><body><main><img src=x.png><input></main></body></html>");
        assertThat(new AxeBuilder().analyze(browser).getViolations()).extracting(Rule::getId).contains("image-alt", "label");
    }

    @Test
    void theChatPage_withARightToLeftAnswer_aCrisisAndTheCaseworkerView_hasNoSeriousViolations() {
        browser.get(url("/"));
        assertNoSeriousViolations("welcome");
        browser.findElement(By.id("q")).sendKeys("کجا می‌توانم زبان فرانسوی یاد بگیرم؟", Keys.ENTER);
        turnAfter(1);
        browser.findElement(By.id("q")).sendKeys("I want to kill myself", Keys.ENTER);
        turnAfter(2);
        browser.findElement(By.id("caseworker")).click();
        browser.findElement(By.id("q")).sendKeys("أريد أن أتعلم اللغة الفرنسية", Keys.ENTER);
        turnAfter(3);
        assertNoSeriousViolations("after three answers");
    }

    @Test
    void theMaintainersPages_haveNoSeriousViolations() {
        Browsers.authorize(browser, TOKEN);
        for (String page : new String[] {"/kb", "/kb/entry/french-courses-other", "/kb/intents", "/kb/gaps",
                "/answer/french-courses-other?lang=ti"}) {
            browser.get(url(page));
            assertNoSeriousViolations(page);
        }
    }
}
