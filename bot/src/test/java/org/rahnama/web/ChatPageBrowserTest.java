package org.rahnama.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** A person, or a caseworker at their desk, uses the chat page in a real browser. */
class ChatPageBrowserTest extends BrowserTest {

    @Autowired
    KnowledgeBase knowledgeBase;

    private void ask(String question) {
        WebElement input = browser.findElement(By.id("q"));
        input.sendKeys(question, Keys.ENTER);
    }

    private String entryOfLastAnswer() {
        String more = browser.findElement(By.cssSelector("#controls button[value^='more:'], #controls button[value^='helped:']"))
                .getAttribute("value");
        return more.substring(more.indexOf(':') + 1);
    }

    @Test
    void aDariQuestion_getsARightToLeftAnswer_inDari() {
        browser.get(url("/"));
        ask("کجا می‌توانم زبان فرانسوی یاد بگیرم؟");
        WebElement turn = turnAfter(1);
        assertThat(turn.getAttribute("lang")).isEqualTo("prs");
        assertThat(turn.getAttribute("dir")).isEqualTo("rtl");
        assertThat(turn.getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        String title = knowledgeBase.byId(entryOfLastAnswer(), Language.PRS).orElseThrow().text().title();
        assertThat(turn.getText()).contains(title);
        // The controls follow the language: the question's label is now Dari, laid out right to left.
        assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("سوال شما");
    }

    @Test
    void aCrisisMessage_showsTheHelplinesFirst() {
        browser.get(url("/"));
        ask("I want to kill myself");
        WebElement first = turnAfter(1).findElements(By.cssSelector(".msg")).getFirst();
        assertThat(first.getAttribute("class")).contains("urgent");
        assertThat(first.getAttribute("role")).isEqualTo("alert");
        assertThat(first.getText()).contains("3114");
        assertThat(first.findElement(By.cssSelector("a[href='tel:3114']")).isDisplayed()).isTrue();
    }

    @Test
    void theCaseworkerView_showsTheAnswerInThePersonsLanguageAndInFrench_withCopyButtonsAndALinkWithoutTheQuestion() {
        browser.get(url("/"));
        Browsers.grant(browser, url(""), List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        browser.findElement(By.id("caseworker")).click();
        ask("أريد أن أتعلم اللغة الفرنسية");
        WebElement turn = turnAfter(1);
        List<WebElement> columns = turn.findElements(By.cssSelector(".side .col"));
        assertThat(columns).hasSize(2);
        assertThat(columns.get(0).getAttribute("lang")).isEqualTo("ar");
        assertThat(columns.get(0).getAttribute("dir")).isEqualTo("rtl");
        assertThat(columns.get(1).getAttribute("lang")).isEqualTo("fr");
        WebElement link = turn.findElement(By.cssSelector(".entry a"));
        String entry = link.getAttribute("href").replaceAll(".*/answer/([a-z0-9-]+)\\?lang=ar$", "$1");
        assertThat(link.getAttribute("href")).isEqualTo(url("/answer/" + entry + "?lang=ar"));
        assertThat(columns.get(0).getText()).contains(knowledgeBase.byId(entry, Language.AR).orElseThrow().text().title());
        assertThat(columns.get(1).getText()).contains(knowledgeBase.byId(entry, Language.FR).orElseThrow().text().title());

        WebElement copyFrench = columns.get(1).findElement(By.cssSelector("button.copy"));
        copyFrench.click();
        waiting().until(d -> copyFrench.getText().equals("Copié"));
        Object copied = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])");
        assertThat((String) copied).contains(knowledgeBase.byId(entry, Language.FR).orElseThrow().text().title())
                .doesNotContain("أريد");

        link.click();
        waiting().until(d -> d.getCurrentUrl().contains("/answer/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(knowledgeBase.byId(entry, Language.AR).orElseThrow().text().title());
    }

    @Test
    void aPostcode_givesNearbyContactsWithTheirDistance() {
        browser.get(url("/"));
        ask("J'ai besoin d'aide pour une démarche en ligne");
        turnAfter(1);
        browser.findElement(By.id("place")).sendKeys("75011", Keys.ENTER);
        String contacts = turnAfter(2).getText();
        assertThat(contacts).contains("France Services", "Paris").containsPattern("\\(\\d+(\\.\\d)? km\\)");
    }

    @Test
    void useMyLocation_asksTheBrowserOnlyOnAClick_andGivesNearbyContacts() {
        browser.get(url("/"));
        Browsers.grant(browser, url(""), List.of("geolocation"));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 45.7640, "longitude", 4.8357, "accuracy", 50));
        ask("J'ai besoin d'aide pour une démarche en ligne");
        turnAfter(1);
        browser.findElement(By.id("locate")).click();
        assertThat(turnAfter(2).getText()).contains("Lyon").containsPattern("\\(\\d+(\\.\\d)? km\\)");
    }

    @Test
    void theKeyboardAlone_reachesTheLanguageMenu_andChangesTheLanguage() {
        browser.get(url("/"));
        WebElement focused = browser.switchTo().activeElement();
        for (int i = 0; i < 20 && !"lang:prs".equals(focused.getAttribute("value")); i++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getAttribute("value")).isEqualTo("lang:prs");
        focused.sendKeys(Keys.ENTER);
        WebElement turn = turnAfter(1);
        assertThat(turn.getAttribute("lang")).isEqualTo("prs");
        // After an answer the question field has the focus again, ready for typing.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    }

    @Test
    void thePage_weighsLessThan100kB_andLoadsNothingFromAnotherSite() {
        browser.get(url("/"));
        waiting().until(d -> browser.findElement(By.id("locate")).isDisplayed());
        long transferred = ((Number) browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .reduce((sum, e) => sum + e.transferSize, 0);""")).longValue();
        long external = ((Number) browser.executeScript("""
                return performance.getEntriesByType('resource').filter(e => !e.name.startsWith(location.origin)).length;"""))
                .longValue();
        assertThat(transferred).isPositive().isLessThan(100_000);
        assertThat(external).isZero();
    }
}
