package org.rahnama.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.rahnama.data.DataFolders;
import org.rahnama.language.Language;
import org.rahnama.language.OpenNlpExtensions;
import org.springframework.stereotype.Component;

/**
 * Predicts what a person is asking about, as an intent id of the taxonomy, with one multilingual OpenNLP model.
 * It does not guess: below its language's threshold ({@link IntentThresholds}, chosen by cross-validation) the
 * prediction is marked unsure and the conversation says it does not know, offering the likeliest topics instead.
 */
@Component
public class IntentClassifier {

    private static final int RANKED = 3;

    private final DocumentCategorizerME model;
    private final IntentThresholds thresholds;

    @org.springframework.beans.factory.annotation.Autowired
    public IntentClassifier(DataFolders folders) {
        this.model = new DocumentCategorizerME(OpenNlpExtensions.doccatModel(folders.models(), IntentModelTrainer.MODEL_FILE));
        this.thresholds = IntentThresholds.read(folders.nlpModels());
    }

    /**
     * @param language the detected language (its analysis tokenises the text), or null when unknown
     */
    public IntentPrediction classify(Language language, String text) {
        return rank(language == null ? Language.EN : language, text);
    }

    private IntentPrediction rank(Language language, String text) {
        double[] probabilities = model.categorize(IntentTokens.of(language, text));
        List<ScoredIntent> all = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            all.add(new ScoredIntent(model.getCategory(i), probabilities[i]));
        }
        all.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        List<ScoredIntent> top = List.copyOf(all.subList(0, Math.min(RANKED, all.size())));
        return new IntentPrediction(top, top.getFirst().confidence() >= thresholds.of(language));
    }
}
