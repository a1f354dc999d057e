package org.rahnama.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The crisis lexicons we ship: they parse, and every trigger phrase, typed as a message, raises its own kind. */
class ShippedLexiconsTest {

    private static Map<String, String> lexicons() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of("nlp-models/safety/lexicon"))) {
            for (Path p : paths.sorted().toList()) {
                files.put(p.toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void everyLanguageHasALexicon_andEveryTriggerPhraseIsFoundAsItsOwnKind() throws Exception {
        Map<String, String> files = lexicons();
        assertThat(files.keySet()).extracting(f -> Path.of(f).getFileName().toString())
                .contains("ar.tsv", "ps.tsv", "prs.tsv", "ti.tsv", "en.tsv", "fr.tsv");
        CrisisLexicon lexicon = CrisisLexicon.parse(files);
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (String line : file.getValue().split("\n")) {
                String[] f = line.strip().split("\t");
                if (f.length != 2 || line.startsWith("#") || f[0].equals("ignore")) {
                    continue;
                }
                String message = f[1].replace("*", " ");
                if (lexicon.match(message).stream().noneMatch(k -> k.id().equals(f[0]))) {
                    misses.add(Path.of(file.getKey()).getFileName() + ": " + f[0] + " '" + f[1] + "'");
                }
            }
        }
        assertThat(misses).as("trigger phrases swallowed by an ignore phrase").isEmpty();
    }

    @Test
    void deniedThoughtsOfDeath_inPashtoAndDari_areDenials_whileAdmittedOnesRaiseTheAlarm() throws Exception {
        CrisisLexicon lexicon = CrisisLexicon.parse(lexicons());
        // "I have no thought of killing myself, I only have a toothache" / "I don't think about death, I just cannot sleep"
        for (String denial : List.of("زه د ځان وژلو فکر نه لرم، یوازې د غاښ درد لرم", "به مرگ فکر نمی‌کنم، فقط خوابم نمی‌برد")) {
            assertThat(lexicon.match(denial)).as(denial).isEmpty();
            assertThat(lexicon.negates(denial)).as(denial).isTrue();
        }
        for (String admission : List.of("د ځان وژلو فکر لرم", "به مرگ فکر می‌کنم")) {
            assertThat(lexicon.match(admission)).as(admission).containsExactly(CrisisKind.SUICIDE);
        }
    }

    /** Harmless phrases once written too broadly ("continuer ma", "finir avec cette") that blanked a real crisis. */
    @Test
    void harmlessPhrases_neverSwallowTheCrisisAroundThem() throws Exception {
        CrisisLexicon lexicon = CrisisLexicon.parse(lexicons());
        Map<String, CrisisKind> crises = Map.of(
                "je peux plus continuer ma vie", CrisisKind.SUICIDE,
                "je veux en finir avec cette vie", CrisisKind.SUICIDE,
                "il me bat a coups de ceinture", CrisisKind.VIOLENCE,
                // "I don't want to live, I want to die"
                "نه غواړم ژوند وکړم غواړم مړ شم", CrisisKind.SUICIDE,
                // "whenever I think of suicide I get scared"
                "كل ما بفكر بالانتحار بخاف", CrisisKind.SUICIDE);
        crises.forEach((crisis, kind) -> assertThat(lexicon.match(crisis)).as(crisis).contains(kind));
        for (String harmless : List.of("il me bat aux cartes", "je dois finir avec ce dossier", "je veux continuer ma formation")) {
            assertThat(lexicon.match(harmless)).as(harmless).isEmpty();
        }
    }
}
