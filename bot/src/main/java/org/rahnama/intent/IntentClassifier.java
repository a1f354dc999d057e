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
 * It does not guess: below {@link #SURE} the prediction is marked unsure and the conversation
 * offers the likeliest topics as buttons instead of answering.
 */
@Component
public class IntentClassifier {

    /** Probability of the best intent above which the bot answers without asking. */
    static final double SURE = 0.45;
    private static final int RANKED = 3;

    private final DocumentCategorizerME model;

    @org.springframework.beans.factory.annotation.Autowired
    public IntentClassifier(DataFolders folders) {
        this.model = new DocumentCategorizerME(OpenNlpExtensions.doccatModel(folders.models(), IntentModelTrainer.MODEL_FILE));
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
        return new IntentPrediction(top, top.getFirst().confidence() >= SURE);
    }
}
