package org.rahnama.safety;

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
     * the evaluation file): the highest recall (94.1%) that keeps false alarms on ordinary questions within 3%
     * (2.9%). A false alarm still gets its normal answer after the helplines.
     */
    static final double ALARM = 0.15;

    private final DocumentCategorizerME model;
    /** The kind of each of the model's labels, null for {@code none}. */
    private final CrisisKind[] kinds;

    @org.springframework.beans.factory.annotation.Autowired
    public CrisisModel(DataFolders folders) {
        this(OpenNlpExtensions.doccatModel(folders.models(), CrisisModelTrainer.MODEL_FILE));
    }

    CrisisModel(DoccatModel model) {
        this.model = new DocumentCategorizerME(model);
        this.kinds = new CrisisKind[this.model.getNumberOfCategories()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = CrisisModelTrainer.kindOf(this.model.getCategory(i)).orElse(null);
        }
    }

    /** The crisis kinds the model sees in a message, likeliest first; empty when it sees none. */
    public List<CrisisKind> assess(String text) {
        return odds(text).kinds(ALARM);
    }

    CrisisOdds odds(String text) {
        String[] words = CrisisWords.of(text == null ? "" : text);
        return words.length == 0 ? CrisisOdds.NOTHING : new CrisisOdds(model.categorize(words), kinds);
    }
}
