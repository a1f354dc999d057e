package org.rahnama.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractDataIndexer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** Our training objective must be OpenNLP's, or the models would silently change meaning. */
class MaxentObjectiveTest {

    private static final List<DocumentSample> MESSAGES = List.of(
            new DocumentSample("housing", new String[] {"no", "house", "tonight", "house"}),
            new DocumentSample("housing", new String[] {"need", "a", "flat"}),
            new DocumentSample("housing", new String[] {"need", "a", "flat"}),
            new DocumentSample("school", new String[] {"child", "no", "school"}),
            new DocumentSample("school", new String[] {"enrol", "child", "college"}),
            new DocumentSample("doctor", new String[] {"need", "a", "doctor"}),
            new DocumentSample("doctor", new String[] {"child", "sick", "doctor"}));

    @Test
    void valueAndGradient_areThoseOfOpenNlpsOwnTrainer_atAnyPoint() throws Exception {
        DataIndexer indexer = indexed();
        MaxentObjective ours = new MaxentObjective(indexer);
        NegLogLikelihood openNlp = new NegLogLikelihood(indexer);
        int outcomes = indexer.getOutcomeLabels().length;
        int predicates = indexer.getPredLabels().length;
        Random random = new Random(7);
        for (int trial = 0; trial < 5; trial++) {
            double[] point = random.doubles(ours.getDimension(), -2, 2).toArray();
            // OpenNLP keeps the weights outcome by outcome, we keep them feature by feature.
            double[] theirPoint = new double[point.length];
            for (int predicate = 0; predicate < predicates; predicate++) {
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    theirPoint[outcome * predicates + predicate] = point[predicate * outcomes + outcome];
                }
            }
            assertThat(ours.valueAt(point)).isCloseTo(openNlp.valueAt(theirPoint), within(1e-9));
            double[] ourGradient = ours.gradientAt(point);
            double[] theirGradient = openNlp.gradientAt(theirPoint);
            for (int predicate = 0; predicate < predicates; predicate++) {
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    assertThat(ourGradient[predicate * outcomes + outcome])
                            .isCloseTo(theirGradient[outcome * predicates + predicate], within(1e-9));
                }
            }
        }
    }

    @Test
    void modelWithoutItsZeroWeights_scoresEveryMessageExactlyAsTheFullOne() throws Exception {
        DataIndexer indexer = indexed();
        MaxentObjective objective = new MaxentObjective(indexer);
        double[] weights = new Random(11).doubles(objective.getDimension(), -1, 1).toArray();
        for (int i = 0; i < weights.length; i += 2) {
            weights[i] = 0;
        }
        QNModel pruned = objective.model(weights);
        double[] probabilities = pruned.eval(new String[] {"need", "a", "doctor", "never-seen"});
        for (String outcome : indexer.getOutcomeLabels()) {
            assertThat(probabilities[pruned.getIndex(outcome)])
                    .isCloseTo(expected(indexer, weights, outcome, "need", "a", "doctor"), within(1e-12));
        }
    }

    /** The probability of an outcome computed by hand from the full weight vector (features weigh 1). */
    private static double expected(DataIndexer indexer, double[] weights, String outcome, String... features) {
        List<String> predicates = List.of(indexer.getPredLabels());
        List<String> outcomes = List.of(indexer.getOutcomeLabels());
        double[] scores = new double[outcomes.size()];
        for (String feature : features) {
            int predicate = predicates.indexOf(feature);
            for (int o = 0; o < scores.length; o++) {
                scores[o] += weights[predicate * scores.length + o];
            }
        }
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score);
        }
        return Math.exp(scores[outcomes.indexOf(outcome)]) / sum;
    }

    private static DataIndexer indexed() throws Exception {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(AbstractDataIndexer.SORT_PARAM, true);
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters, new HashMap<>());
        indexer.index(new DocumentCategorizerEventStream(new CollectionObjectStream<>(MESSAGES), new PlainWords()));
        return indexer;
    }

    /** The words themselves as features, so the test can name them. */
    static final class PlainWords implements FeatureGenerator {
        @Override
        public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
            return List.of(words);
        }
    }
}
