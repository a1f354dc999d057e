package org.rahnama.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;
import org.rahnama.language.LabelledText;

/** The crisis model trained by the build: the second opinion that catches what no lexicon lists. */
class CrisisModelTest {

    private final CrisisModel model = new CrisisModel(new DataFolders(new DataProperties(null, null, null, null)));
    private final CrisisDetector lexicons = new CrisisDetector(new DataFolders(new DataProperties(null, null, null, null)));

    @Test
    void crisesPhrasedAsNoLexiconListsThem_areStillRecognised() {
        List<String> unlisted = List.of(
                "I have given away all my things and written letters to my family, tonight it ends",
                "he said if I leave the flat he will find me and cut my face",
                "الولد جارنا بينام برا بالبرد وأبوه بيضربه كل يوم بالحزام");
        for (String message : unlisted) {
            assertThat(lexicons.assess(message)).as("no lexicon phrase in: " + message).isEmpty();
            assertThat(model.assess(message)).as(message).isNotEmpty();
        }
    }

    @Test
    void ordinaryQuestions_getNoAlarm() {
        for (String message : List.of("How do I renew my titre de séjour at the préfecture?",
                "کارت ویتال من گم شده، چطور یک کارت نو بگیرم؟")) {
            assertThat(model.assess(message)).as(message).isEmpty();
        }
    }

    /**
     * A word the model never saw carries no evidence either way: it must fall back on how rare crises are, not on
     * an even split between six labels (which would put "some crisis" at five chances in six).
     */
    @Test
    void greetingsAndWordsTheModelNeverSaw_getNoAlarm() {
        for (String message : List.of("qwxz", "ሰላም ኣሎኹም", "bonjour", "morning", "salam aleikum", "درود", "kwaheri rafiki")) {
            assertThat(model.assess(message)).as(message).isEmpty();
        }
    }

    @Test
    void emptyOrSymbolOnlyMessages_areNotCrises() {
        assertThat(model.assess("")).isEmpty();
        assertThat(model.assess("👍👍")).isEmpty();
        assertThat(model.assess(null)).isEmpty();
    }

    /**
     * The evaluation file measures the safety check only while nothing like its messages is trained on: a
     * training line sharing half its character 4-grams with an evaluation line is a leak.
     */
    @Test
    void trainingData_staysClearOfTheHeldOutEvaluationFile() throws Exception {
        List<Set<String>> evaluation = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("nlp-models/safety/eval"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split("\t");
                    if (fields.length == 3 && !line.startsWith("#")) {
                        evaluation.add(fourGrams(fields[2]));
                    }
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        for (LabelledText line : CrisisModelTrainer.safetyLines(Path.of("nlp-models"))) {
            Set<String> grams = fourGrams(line.text());
            for (Set<String> held : evaluation) {
                long shared = grams.stream().filter(held::contains).count();
                if (shared * 2 >= grams.size() + held.size() - shared) {
                    leaks.add(line.language().code() + ": " + line.text());
                    break;
                }
            }
        }
        assertThat(evaluation).hasSizeGreaterThan(360);
        assertThat(leaks).as("safety training lines too close to an evaluation line").isEmpty();
    }

    private static Set<String> fourGrams(String text) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= folded.length(); i++) {
            grams.add(folded.substring(i, i + 4));
        }
        if (grams.isEmpty()) {
            grams.add(folded);
        }
        return grams;
    }
}
