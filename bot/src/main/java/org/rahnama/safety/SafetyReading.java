package org.rahnama.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Both halves of the safety check on one message: the kinds its lexicon phrases name, whether the writer denies
 * a crisis, and the crisis model's odds. {@link #kinds} is the rule that combines them, the one the bot applies
 * and the one {@code safety-cv} measures.
 */
record SafetyReading(List<CrisisKind> lexicon, boolean denied, CrisisOdds odds) {

    /**
     * The model's alarm threshold when the writer denies a crisis and no lexicon phrase raised one: "I am not
     * suicidal, I need a doctor" gets no helplines unless the model is all but certain. A denial phrase can sit in
     * a real crisis ("he nearly killed her, nobody else is hurt"). In 5-fold cross-validation on the training data
     * this bar catches the three crisis messages (of 5,848) that silencing the model on any denial lost, for three
     * more false alarms among 3,654 hard negatives; 0.99 caught the same three for seven.
     */
    static final double DENIED_ALARM = 0.999;

    List<CrisisKind> kinds(double alarm) {
        if (lexicon.isEmpty() && denied) {
            return odds.kinds(Math.max(alarm, DENIED_ALARM));
        }
        List<CrisisKind> kinds = new ArrayList<>(lexicon);
        for (CrisisKind kind : odds.kinds(alarm)) {
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        kinds.sort(null);
        return kinds;
    }
}
