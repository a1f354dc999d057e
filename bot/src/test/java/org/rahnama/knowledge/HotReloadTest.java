package org.rahnama.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.language.Language;

/** A maintainer edits the knowledge base on disk while the bot runs. */
class HotReloadTest {

    @TempDir
    Path root;

    private static final String FRENCH = """
            ---
            id: courses
            title: "%s"
            intents: [french-courses]
            contacts: []
            sources: [https://www.ofii.fr]
            checked: 2026-11-01
            ---
            Des cours de français gratuits existent.
            """;

    /** A knowledge base in the temporary folder with one French entry, {@code entries/french/courses/fr.md}. */
    private KnowledgeBase knowledgeBaseWithOneEntry(String title) throws Exception {
        Files.copy(Path.of("knowledge-base/intents.md"), root.resolve("intents.md"));
        Files.createDirectories(entry().getParent());
        Files.writeString(entry(), FRENCH.formatted(title));
        IntentTaxonomy taxonomy = new IntentTaxonomy(folders());
        return new KnowledgeBase(folders(), taxonomy, new ContactTypes(folders(), taxonomy));
    }

    private Path entry() {
        return root.resolve("entries/french/courses/fr.md");
    }

    private DataFolders folders() {
        return new DataFolders(new DataProperties(root.toString(), "nlp-models", "translations", null));
    }

    @Test
    void editedAddedAndBrokenFiles_areHandledWithinSeconds_withoutRestart() throws Exception {
        KnowledgeBase kb = knowledgeBaseWithOneEntry("Cours de français");
        KnowledgeWatcher watcher = new KnowledgeWatcher(folders(), kb, Duration.ofMillis(100));
        try {
            Files.writeString(entry(), FRENCH.formatted("Apprendre le français"));
            awaitTrue(() -> title(kb).equals("Apprendre le français"));

            Files.writeString(entry(), "---\nid: courses\nintents: [french-courses\n---\ncassé\n");
            awaitTrue(() -> kb.problems().stream().anyMatch(p -> p.error() && p.file().endsWith("fr.md")));
            assertThat(title(kb)).isEqualTo("Apprendre le français");

            Path added = root.resolve("entries/french/online/fr.md");
            Files.createDirectories(added.getParent());
            Files.writeString(added, FRENCH.formatted("En ligne").replace("id: courses", "id: online"));
            awaitTrue(() -> kb.byId("online", Language.FR).isPresent());
        } finally {
            watcher.destroy();
        }
    }

    @Test
    void aRepeatedQuestion_isAnsweredFromTheCache_untilTheEntryChanges() throws Exception {
        KnowledgeBase kb = knowledgeBaseWithOneEntry("Cours de français");
        List<String> intents = List.of("french-courses");

        assertThat(kb.answer(Language.FR, "Où apprendre le français ?", intents).orElseThrow().text().title()).isEqualTo("Cours de français");
        assertThat(kb.answer(Language.FR, "où apprendre le FRANÇAIS", intents).orElseThrow().text().title()).isEqualTo("Cours de français");
        var stats = kb.answerCache().cache().stats();
        assertThat(stats.hitCount()).as("same question, other case and punctuation").isEqualTo(1);

        Files.writeString(entry(), FRENCH.formatted("Apprendre le français"));
        kb.reload();
        assertThat(kb.answer(Language.FR, "Où apprendre le français ?", intents).orElseThrow().text().title()).isEqualTo("Apprendre le français");
    }

    private static String title(KnowledgeBase kb) {
        return kb.byId("courses", Language.FR).orElseThrow().text().title();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
