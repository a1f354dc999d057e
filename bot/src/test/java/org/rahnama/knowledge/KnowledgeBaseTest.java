package org.rahnama.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rahnama.data.DataFolder;
import org.rahnama.language.Language;

/** The loader and index on a small knowledge base written to a temporary folder, as a maintainer would. */
class KnowledgeBaseTest {

    @TempDir
    Path root;

    private KnowledgeLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        loader = new KnowledgeLoader(DataFolder.onDisk("knowledge-base", root),
                Set.of("health-insurance", "housing", "french-courses"), Set.of("cpam", "france-services", "caf"));
        write("health/puma/fr.md", """
                ---
                id: puma
                title: "S'inscrire à l'Assurance maladie"
                intents: [health-insurance]
                contacts: [cpam]
                sources: [https://www.ameli.fr/assure/droits-demarches]
                checked: 2026-11-01
                updated: 2026-11-01
                keywords:
                  fr: [sécu, carte vitale]
                  prs: [بیمه صحی]
                ---
                Demandez la PUMa à la CPAM avec votre titre de séjour.

                ## Documents
                - titre de séjour
                """);
        write("health/puma/en.md", """
                ---
                title: "Join the health insurance"
                translated-from: 2026-11-01
                ---
                Ask the CPAM for PUMa with your residence permit.
                """);
        write("housing/visale/fr.md", """
                ---
                id: visale
                title: "La garantie Visale"
                intents: [housing]
                contacts: [france-services]
                sources: [https://www.visale.fr]
                checked: 2026-11-01
                ---
                Visale est une garantie gratuite pour louer un logement.
                """);
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve("entries").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void intentNarrowsAndTextRanks_inThePersonsLanguage() {
        KnowledgeSnapshot snapshot = loader.load(null);
        assertThat(snapshot.problems()).noneMatch(KnowledgeProblem::error);
        assertThat(snapshot.index().search("carte vitale", List.of(Language.FR), List.of("health-insurance"), 3)).containsExactly("puma");
        assertThat(snapshot.index().search("carte vitale", List.of(Language.FR), List.of("housing"), 3)).isEmpty();
        assertThat(snapshot.index().search("بیمه صحی", List.of(Language.PRS), null, 3)).containsExactly("puma");
    }

    @Test
    void shortAnswerAndDetails_areSplitAtTheFirstHeading() {
        Entry puma = loader.load(null).entriesById().get("puma");
        assertThat(puma.text(Language.FR).orElseThrow().summary()).isEqualTo("Demandez la PUMa à la CPAM avec votre titre de séjour.");
        assertThat(puma.text(Language.FR).orElseThrow().details()).startsWith("## Documents");
        assertThat(puma.text(Language.EN).orElseThrow().details()).isEmpty();
    }

    @Test
    void brokenYaml_isReportedWithFileAndLine_andTheLastGoodVersionStaysServed() throws IOException {
        KnowledgeSnapshot good = loader.load(null);
        write("health/puma/fr.md", """
                ---
                id: puma
                intents: [health-insurance
                title: "oops"
                ---
                Texte.
                """);
        KnowledgeSnapshot next = loader.load(good);
        KnowledgeProblem problem = next.problems().stream().filter(KnowledgeProblem::error).findFirst().orElseThrow();
        assertThat(problem.file()).endsWith("health/puma/fr.md");
        assertThat(problem.line()).isBetween(3, 5);
        assertThat(next.entriesById().get("puma").text(Language.FR).orElseThrow().title()).isEqualTo("S'inscrire à l'Assurance maladie");
    }

    @Test
    void unknownIntentOrContactType_isAnErrorNamingTheLine() throws IOException {
        write("housing/fsl/fr.md", """
                ---
                id: fsl
                title: "FSL"
                intents: [housing, flying-cars]
                contacts: [teleporter]
                sources: [https://www.service-public.fr/particuliers/vosdroits/F1334]
                checked: 2026-11-01
                ---
                Le FSL aide à payer le dépôt de garantie.
                """);
        List<KnowledgeProblem> problems = loader.load(null).problems();
        assertThat(problems).anyMatch(p -> p.message().contains("flying-cars") && p.line() == 4);
        assertThat(problems).anyMatch(p -> p.message().contains("teleporter") && p.line() == 5);
    }

    @Test
    void translationMadeFromAnOlderFrenchVersion_isStale() throws IOException {
        write("health/puma/en.md", """
                ---
                title: "Join the health insurance"
                translated-from: 2025-01-01
                ---
                Ask the CPAM.
                """);
        Entry puma = loader.load(null).entriesById().get("puma");
        assertThat(puma.stale(Language.EN)).isTrue();
        assertThat(puma.stale(Language.FR)).isFalse();
    }

    @Test
    void missingFrenchReference_isAnError() throws IOException {
        write("french/courses/en.md", """
                ---
                title: "French courses"
                translated-from: 2026-11-01
                ---
                Learn French.
                """);
        assertThat(loader.load(null).problems()).anyMatch(p -> p.error() && p.message().contains("no French reference"));
    }

    @Test
    void deletedEntry_disappearsOnReload() throws IOException {
        KnowledgeSnapshot first = loader.load(null);
        Files.delete(root.resolve("entries/housing/visale/fr.md"));
        assertThat(loader.load(first).entriesById()).containsOnlyKeys("puma");
    }
}
