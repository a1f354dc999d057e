package org.rahnama.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.rahnama.training.CategorizerTrainer;
import org.rahnama.language.LabelledText;
import org.rahnama.language.TrainingCorpus;

/**
 * Trains the crisis model: a second opinion beside the lexicons, one multilingual OpenNLP categorizer with the
 * labels of {@link CrisisKind} and {@code none}. It learns from {@code nlp-models/safety/train/LANG.tsv} (crisis
 * messages and hard negatives: idioms, negations, past events) and from the intent training data, where the
 * safety intents are crises and every other intent is an ordinary question.
 */
public final class CrisisModelTrainer {

    static final String MODEL_FILE = "crisis.bin";
    static final String NONE = "none";

    /** Intents whose training lines are crises of a kind; every other intent's lines are ordinary questions. */
    private static final Map<String, CrisisKind> SAFETY_INTENTS = Map.of(
            "crisis", CrisisKind.SUICIDE,
            "violence", CrisisKind.VIOLENCE,
            "emergency", CrisisKind.EMERGENCY,
            "emergency-shelter", CrisisKind.SHELTER);

    private CrisisModelTrainer() {
    }

    /** @return the number of training samples */
    public static int train(Path nlpModels, Path outputFolder) throws IOException {
        List<DocumentSample> samples = samples(nlpModels);
        DoccatModel model = train(samples);
        Files.createDirectories(outputFolder);
        try (OutputStream out = Files.newOutputStream(outputFolder.resolve(MODEL_FILE))) {
            model.serialize(out);
        }
        return samples.size();
    }

    static DoccatModel train(List<DocumentSample> samples) throws IOException {
        return CategorizerTrainer.train(samples, new CrisisFeatureGenerator());
    }

    static List<DocumentSample> samples(Path nlpModels) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledText line : safetyLines(nlpModels)) {
            samples.add(sample(line));
        }
        for (LabelledText line : intentLines(nlpModels)) {
            samples.add(sample(line));
        }
        return samples;
    }

    /** The lines of {@code safety/train}, their labels checked. */
    static List<LabelledText> safetyLines(Path nlpModels) {
        List<LabelledText> lines = TrainingCorpus.read(nlpModels.resolve("safety/train"));
        for (LabelledText line : lines) {
            if (!line.label().equals(NONE) && kindOf(line.label()).isEmpty()) {
                throw new IllegalArgumentException("Unknown safety label '" + line.label() + "' in the " + line.language().code()
                        + " safety training data (expected none or a crisis kind): \"" + line.text() + "\"");
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("No safety training data under " + nlpModels.resolve("safety/train"));
        }
        return lines;
    }

    /** The intent training data relabelled: safety intents as crises of their kind, every other intent as none. */
    static List<LabelledText> intentLines(Path nlpModels) {
        List<LabelledText> lines = new ArrayList<>();
        for (LabelledText line : TrainingCorpus.read(nlpModels.resolve("intents/train"))) {
            CrisisKind kind = SAFETY_INTENTS.get(line.label());
            lines.add(new LabelledText(line.language(), kind == null ? NONE : kind.id(), line.text(), line.romanized()));
        }
        return lines;
    }

    static DocumentSample sample(LabelledText line) {
        return new DocumentSample(line.label(), CrisisWords.of(line.text()));
    }

    static Optional<CrisisKind> kindOf(String label) {
        for (CrisisKind kind : CrisisKind.values()) {
            if (kind.id().equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
