package org.rahnama.safety;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.rahnama.data.DataFolders;
import org.rahnama.language.OpenNlpExtensions;
import org.springframework.stereotype.Component;

/**
 * The statistical half of the safety check: catches crises phrased in ways no lexicon lists, and learns from
 * hard negatives that "this form is killing me" is not one. See {@link CrisisModelTrainer}.
 */
@Component
public class CrisisModel {

    /**
     * Probability of "some crisis" (one minus the probability of {@code none}) above which the bot shows the
     * helplines. Chosen with {@code rahnama.jar safety-cv} (5-fold cross-validation on the training data, never on
     * the evaluation file): the highest recall (88%) that keeps false alarms on ordinary questions under 10% (9.3%).
     * A false alarm still gets its normal answer after the helplines.
     */
    static final double ALARM = 0.3;

    private final DocumentCategorizerME model;
    private final int none;

    @org.springframework.beans.factory.annotation.Autowired
    public CrisisModel(DataFolders folders) {
        this(OpenNlpExtensions.doccatModel(folders.models(), CrisisModelTrainer.MODEL_FILE));
    }

    CrisisModel(DoccatModel model) {
        this.model = new DocumentCategorizerME(model);
        this.none = this.model.getIndex(CrisisModelTrainer.NONE);
    }

    /** The crisis kinds the model sees in a message, likeliest first; empty when it sees none. */
    public List<CrisisKind> assess(String text) {
        return assess(text, ALARM);
    }

    List<CrisisKind> assess(String text, double alarm) {
        String[] words = CrisisWords.of(text == null ? "" : text);
        if (words.length == 0) {
            return List.of();
        }
        double[] probabilities = model.categorize(words);
        if (1 - probabilities[none] < alarm) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            if (i != none) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(probabilities[b], probabilities[a]));
        List<CrisisKind> kinds = new ArrayList<>();
        // Report the likeliest kind, and the next ones while they matter (violence against a child is both).
        for (int i : order) {
            if (!kinds.isEmpty() && probabilities[i] < alarm / 2) {
                break;
            }
            CrisisModelTrainer.kindOf(model.getCategory(i)).ifPresent(kinds::add);
        }
        return kinds;
    }
}
