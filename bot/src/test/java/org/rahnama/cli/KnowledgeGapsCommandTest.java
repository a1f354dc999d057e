package org.rahnama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rahnama.gaps.GapLedger;
import org.rahnama.gaps.GapReport;
import org.rahnama.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code kb gaps} on a fixture ledger: the editors' report, in the terminal and as an HTML page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class KnowledgeGapsCommandTest {

    static final Path fixture = fixture();

    /** A ledger as the file store writes it: counts, and two consented questions (already masked). */
    static Path fixture() {
        try {
            Path folder = Files.createTempDirectory("gaps-fixture");
            Files.writeString(folder.resolve("counts.tsv"), String.join("\n",
                    "unanswered\tprs\tasylum-application\tunsure\t7",
                    "unanswered\tar\tasylum-application\tunsure\t2",
                    "unanswered\tfr\tout-of-scope\tout-of-scope\t4",
                    "vote\tfrench-courses-ofii\tfr\tup\t9",
                    "vote\tfrench-courses-ofii\tfr\tdown\t1",
                    "vote\tcaf-benefits\tprs\tdown\t3",
                    "vote\tcaf-benefits\tprs\tup\t1") + "\n");
            long now = java.time.Instant.now().getEpochSecond();
            Files.writeString(folder.resolve("questions.tsv"), String.join("\n",
                    "p1\t" + now + "\tprs\tasylum-application\tunsure\tپرونده پناهندگی مه [number] چی وقت جواب میشه؟",
                    "p2\t" + now + "\tfr\tasylum-application\tunsure\tmon dossier est bloqué, appelez [phone]",
                    "p3\t" + (now - 100L * 86400) + "\ten\tjob-search\tunsure\ta question older than 90 days") + "\n");
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) {
        registry.add("rahnama.gaps.folder", fixture::toString);
    }

    @Autowired
    KnowledgeCommand command;
    @Autowired
    GapLedger ledger;
    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void gaps_listsConsentedQuestionsByTopic_entriesByDownShare_andUnansweredByIntentAndLanguage() throws IOException {
        Path html = Files.createTempFile("gaps", ".html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(new String[] {"gaps", "--html", html.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("asylum-application", "fr 1", "prs 1", "[number] چی وقت جواب میشه", "mon dossier est bloqué")
                .doesNotContain("older than 90 days");
        List<String> lines = text.lines().toList();
        assertThat(lines.indexOf(lines.stream().filter(l -> l.contains("caf-benefits")).findFirst().orElseThrow()))
                .isLessThan(lines.indexOf(lines.stream().filter(l -> l.contains("french-courses-ofii")).findFirst().orElseThrow()));
        assertThat(text).contains("75%  1 / 3").containsPattern("asylum-application +9  ar 2, prs 7");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("dir=\"rtl\"", "lang=\"fa-AF\"", "<h2>Entries to check</h2>");
    }

    @Test
    void entriesCheckedOverAYearAgo_areListedToCheck() {
        String report = new GapReport(ledger.counts(), List.of(), knowledgeBase.entries(), LocalDate.now().plusYears(2)).text();
        String toCheck = report.substring(report.indexOf("Entries to check"));
        assertThat(toCheck).contains("french-courses-ofii", "months ago");
    }
}
