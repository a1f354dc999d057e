package org.rahnama.intent;

import java.util.List;

/**
 * The classifier's ranking for one message, best first.
 *
 * @param ranked the most likely intents with their probabilities (at least one)
 * @param sure   whether the best one is confident enough to answer without asking
 */
public record IntentPrediction(List<ScoredIntent> ranked, boolean sure) {

    public ScoredIntent best() {
        return ranked.getFirst();
    }

    public String intent() {
        return best().intent();
    }

    public double confidence() {
        return best().confidence();
    }
}
