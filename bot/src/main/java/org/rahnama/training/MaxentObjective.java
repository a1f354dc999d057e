package org.rahnama.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;

/**
 * The negative log-likelihood of a maximum-entropy model and its gradient: the function OpenNLP's MAXENT_QN trainer
 * minimises, computed so that a training run fits in the build. OpenNLP's version stores the weights outcome by
 * outcome, so scoring one event reads 32 cache lines per feature across a 32 MB array, and it scores every event
 * twice per step (once for the value, once again for the gradient). Here a feature's weights for all outcomes sit
 * side by side, the probabilities computed for the value are kept for the gradient at the same point, and the
 * gradient is summed feature by feature from an inverted index, so every thread writes its own part and the result
 * does not depend on the number of cores.
 */
final class MaxentObjective implements Function {

    private static final int EVENTS_PER_TASK = 256;
    private static final int PREDICATES_PER_TASK = 4096;

    private final DataIndexer indexer;
    private final int outcomes;
    private final int predicates;
    private final int[][] contexts;
    private final float[][] values;
    private final int[] outcomeOf;
    private final int[] timesSeen;
    /** Occurrences of predicate p are {@code occurrenceStart[p] .. occurrenceStart[p + 1] - 1}. */
    private final int[] occurrenceStart;
    private final int[] eventOfOccurrence;
    /** The feature's value times the number of times its event was seen. */
    private final double[] weightOfOccurrence;
    /** Observed count of each (predicate, outcome) pair: the constant part of the gradient. */
    private final double[] observed;

    private final double[] probabilities;
    private final double[] gradient;
    private final double[] lastPoint;
    private boolean hasLastPoint;
    private double lastValue;
    private boolean gradientIsCurrent;

    MaxentObjective(DataIndexer indexer) {
        this.indexer = indexer;
        this.outcomes = indexer.getOutcomeLabels().length;
        this.predicates = indexer.getPredLabels().length;
        this.contexts = indexer.getContexts();
        this.values = indexer.getValues();
        this.outcomeOf = indexer.getOutcomeList();
        this.timesSeen = indexer.getNumTimesEventsSeen();
        this.occurrenceStart = new int[predicates + 1];
        for (int[] context : contexts) {
            for (int predicate : context) {
                occurrenceStart[predicate + 1]++;
            }
        }
        Arrays.parallelPrefix(occurrenceStart, Integer::sum);
        int[] next = Arrays.copyOf(occurrenceStart, predicates);
        this.eventOfOccurrence = new int[occurrenceStart[predicates]];
        this.weightOfOccurrence = new double[occurrenceStart[predicates]];
        this.observed = new double[getDimension()];
        for (int event = 0; event < contexts.length; event++) {
            for (int k = 0; k < contexts[event].length; k++) {
                int predicate = contexts[event][k];
                double weight = valueOf(event, k) * timesSeen[event];
                eventOfOccurrence[next[predicate]] = event;
                weightOfOccurrence[next[predicate]++] = weight;
                observed[predicate * outcomes + outcomeOf[event]] += weight;
            }
        }
        this.probabilities = new double[contexts.length * outcomes];
        this.gradient = new double[getDimension()];
        this.lastPoint = new double[getDimension()];
    }

    @Override
    public int getDimension() {
        return predicates * outcomes;
    }

    @Override
    public double valueAt(double[] point) {
        moveTo(point);
        return lastValue;
    }

    @Override
    public double[] gradientAt(double[] point) {
        moveTo(point);
        if (!gradientIsCurrent) {
            int tasks = (predicates + PREDICATES_PER_TASK - 1) / PREDICATES_PER_TASK;
            IntStream.range(0, tasks).parallel().forEach(task -> expectedMinusObserved(task * PREDICATES_PER_TASK,
                    Math.min(predicates, (task + 1) * PREDICATES_PER_TASK)));
            gradientIsCurrent = true;
        }
        return gradient;
    }

    /**
     * The model the weights describe, keeping only non-zero weights: the L1 cost leaves most of them at exactly zero
     * (97% for the intent model), and a missing weight scores as zero, so the model answers exactly the same while it
     * is written, loaded and held in a fraction of the space.
     */
    QNModel model(double[] weights) {
        List<String> labels = new ArrayList<>();
        List<Context> parameters = new ArrayList<>();
        String[] predicateLabels = indexer.getPredLabels();
        for (int predicate = 0; predicate < predicates; predicate++) {
            int row = predicate * outcomes;
            int[] kept = IntStream.range(0, outcomes).filter(outcome -> weights[row + outcome] != 0).toArray();
            if (kept.length > 0) {
                labels.add(predicateLabels[predicate]);
                parameters.add(new Context(kept, Arrays.stream(kept).mapToDouble(outcome -> weights[row + outcome]).toArray()));
            }
        }
        return new QNModel(parameters.toArray(Context[]::new), labels.toArray(String[]::new), indexer.getOutcomeLabels());
    }

    private void moveTo(double[] point) {
        if (hasLastPoint && Arrays.equals(lastPoint, point)) {
            return;
        }
        int tasks = (contexts.length + EVENTS_PER_TASK - 1) / EVENTS_PER_TASK;
        double[] losses = new double[tasks];
        IntStream.range(0, tasks).parallel().forEach(task -> losses[task] = score(point, task * EVENTS_PER_TASK,
                Math.min(contexts.length, (task + 1) * EVENTS_PER_TASK)));
        // Summed in task order, so the value is the same whatever the number of threads.
        double value = 0;
        for (double loss : losses) {
            value += loss;
        }
        lastValue = value;
        System.arraycopy(point, 0, lastPoint, 0, point.length);
        hasLastPoint = true;
        gradientIsCurrent = false;
    }

    /** Fills the outcome probabilities of events [from, to) and returns their negative log-likelihood. */
    private double score(double[] point, int from, int to) {
        double[] scores = new double[outcomes];
        double loss = 0;
        for (int event = from; event < to; event++) {
            Arrays.fill(scores, 0);
            int[] context = contexts[event];
            for (int k = 0; k < context.length; k++) {
                double value = valueOf(event, k);
                int weights = context[k] * outcomes;
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    scores[outcome] += value * point[weights + outcome];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double score : scores) {
                max = Math.max(max, score);
            }
            double sum = 0;
            for (double score : scores) {
                sum += Math.exp(score - max);
            }
            double logNormaliser = max + Math.log(sum);
            loss -= (scores[outcomeOf[event]] - logNormaliser) * timesSeen[event];
            int row = event * outcomes;
            for (int outcome = 0; outcome < outcomes; outcome++) {
                probabilities[row + outcome] = Math.exp(scores[outcome] - logNormaliser);
            }
        }
        return loss;
    }

    /** Gradient entries of predicates [from, to): expected feature counts under the model minus observed ones. */
    private void expectedMinusObserved(int from, int to) {
        for (int predicate = from; predicate < to; predicate++) {
            int row = predicate * outcomes;
            for (int outcome = 0; outcome < outcomes; outcome++) {
                gradient[row + outcome] = -observed[row + outcome];
            }
            for (int k = occurrenceStart[predicate]; k < occurrenceStart[predicate + 1]; k++) {
                int probabilityRow = eventOfOccurrence[k] * outcomes;
                double weight = weightOfOccurrence[k];
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    gradient[row + outcome] += weight * probabilities[probabilityRow + outcome];
                }
            }
        }
    }

    private double valueOf(int event, int k) {
        return values == null ? 1 : values[event][k];
    }
}
