package org.rahnama.language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the OpenNLP language model from {@code nlp-models/language/train/} and the texts of
 * {@code nlp-models/intents/train/} (every intent example is also a labelled sample of its language).
 * Deterministic: files are read in sorted order and maxent training has no randomness.
 */
public final class LanguageModelTrainer {

    static final String MODEL_FILE = "language.bin";

    private LanguageModelTrainer() {
    }

    /**
     * Intent examples are full of French administrative words, and some lines of the Arabic, Dari, Pashto or
     * Tigrinya files are nothing but that ("prime d'activité"): as language samples they would teach that French is
     * Arabic. A native-script line of those languages must contain a letter of its script.
     */
    static boolean writtenInItsScript(LabelledText line) {
        if (line.romanized()) {
            return true;
        }
        ScriptProfile script = ScriptProfile.of(line.text());
        return switch (line.language()) {
            case AR, PS, PRS -> script.arabic() > 0;
            case TI -> script.ethiopic() > 0;
            case EN, FR -> script.latin() > 0;
        };
    }

    /** Trains and writes {@code language.bin} into the output folder; returns the number of samples. */
    public static int train(Path nlpModels, Path outputFolder) throws IOException {
        OpenNlpExtensions.allowOurs();
        List<LanguageSample> samples = new ArrayList<>();
        List<LabelledText> corpus = new ArrayList<>(TrainingCorpus.read(nlpModels.resolve("language/train")));
        corpus.addAll(TrainingCorpus.read(nlpModels.resolve("intents/train")));
        for (LabelledText line : corpus) {
            if (writtenInItsScript(line)) {
                samples.add(new LanguageSample(new opennlp.tools.langdetect.Language(line.language().code()), line.text()));
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("No language training data under " + nlpModels);
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        LanguageDetectorModel model = LanguageDetectorME.train(new CollectionObjectStream<>(samples), params,
                new ShortTextLanguageDetectorFactory());
        Files.createDirectories(outputFolder);
        try (OutputStream out = Files.newOutputStream(outputFolder.resolve(MODEL_FILE))) {
            model.serialize(out);
        }
        return samples.size();
    }
}
