package org.rahnama.intent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.rahnama.data.DataFolders;
import org.rahnama.language.Language;
import org.rahnama.language.OpenNlpExtensions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Predicts what a person is asking about, as an intent id of the taxonomy, with one OpenNLP model per
 * language. It does not guess: below {@link #SURE} the prediction is marked unsure and the conversation
 * offers the likeliest topics as buttons instead of answering.
 */
@Component
public class IntentClassifier {

    /** Probability of the best intent above which the bot answers without asking. */
    static final double SURE = 0.45;
    private static final int RANKED = 3;
    private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

    private final Map<Language, DocumentCategorizerME> models = new EnumMap<>(Language.class);

    public IntentClassifier(DataFolders folders) {
        OpenNlpExtensions.allowOurs();
        for (Language language : Language.values()) {
            String file = IntentModelTrainer.modelFile(language);
            if (!folders.models().exists(file)) {
                log.warn("No intent model for {}: messages in it are classified with the other models", language.code());
                continue;
            }
            try (InputStream in = folders.models().open(file)) {
                models.put(language, new DocumentCategorizerME(new DoccatModel(in)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot load " + file, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No intent model in " + folders.models() + "; build with ./mvnw package");
        }
    }

    /**
     * @param language the detected language, or null when unknown (every model is asked and the surest wins)
     */
    public IntentPrediction classify(Language language, String text) {
        if (language != null && models.containsKey(language)) {
            return rank(language, text);
        }
        return models.keySet().stream().map(l -> rank(l, text))
                .max(Comparator.comparingDouble(IntentPrediction::confidence)).orElseThrow();
    }

    private IntentPrediction rank(Language language, String text) {
        DocumentCategorizerME model = models.get(language);
        double[] probabilities = model.categorize(IntentTokens.of(language, text));
        List<ScoredIntent> all = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            all.add(new ScoredIntent(model.getCategory(i), probabilities[i]));
        }
        all.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        List<ScoredIntent> top = List.copyOf(all.subList(0, Math.min(RANKED, all.size())));
        return new IntentPrediction(top, top.getFirst().confidence() >= SURE);
    }
}
