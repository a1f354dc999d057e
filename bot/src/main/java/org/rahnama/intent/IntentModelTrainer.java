package org.rahnama.intent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.rahnama.language.LabelledText;
import org.rahnama.language.Language;
import org.rahnama.language.OpenNlpExtensions;
import org.rahnama.language.TrainingCorpus;

/**
 * Trains one OpenNLP document categorizer per language from {@code nlp-models/intents/train/LANG.tsv} and
 * {@code LANG-latn.tsv}. One model per language measured better than one multilingual model (see README) and
 * keeps each model small.
 */
public final class IntentModelTrainer {

    static String modelFile(Language language) {
        return "intent-" + language.code() + ".bin";
    }

    private IntentModelTrainer() {
    }

    /**
     * @param knownIntents ids of the taxonomy; a training line with another label fails the build
     * @return samples per language
     */
    public static Map<Language, Integer> train(Path nlpModels, Set<String> knownIntents, Path outputFolder) throws IOException {
        OpenNlpExtensions.allowOurs();
        Map<Language, List<DocumentSample>> byLanguage = new EnumMap<>(Language.class);
        for (LabelledText line : TrainingCorpus.read(nlpModels.resolve("intents/train"))) {
            if (!knownIntents.contains(line.label())) {
                throw new IllegalArgumentException("Unknown intent '" + line.label() + "' in the " + line.language().code()
                        + " training data: \"" + line.text() + "\"");
            }
            byLanguage.computeIfAbsent(line.language(), l -> new ArrayList<>())
                    .add(new DocumentSample(line.label(), IntentTokens.of(line.language(), line.text())));
        }
        Files.createDirectories(outputFolder);
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Map.Entry<Language, List<DocumentSample>> e : byLanguage.entrySet()) {
            DoccatModel model = DocumentCategorizerME.train(e.getKey().code(), new CollectionObjectStream<>(e.getValue()),
                    parameters(), new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()}));
            try (OutputStream out = Files.newOutputStream(outputFolder.resolve(modelFile(e.getKey())))) {
                model.serialize(out);
            }
            counts.put(e.getKey(), e.getValue().size());
        }
        return counts;
    }

    static TrainingParameters parameters() {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        return params;
    }
}
