package org.rahnama.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Both halves of the safety check on one message: the kinds its lexicon phrases name, whether the writer denies
 * a crisis, and the crisis model's odds. {@link #kinds} is the rule that combines them, the one the bot applies
 * and the one {@code safety-cv} measures.
 */
record SafetyReading(List<CrisisKind> lexicon, boolean denied, CrisisOdds odds) {

    List<CrisisKind> kinds(double alarm) {
        // "I am not suicidal, I need a doctor": the writer's own denial, which the lexicons recognise, wins over
        // the model when no lexicon phrase raised an alarm.
        if (lexicon.isEmpty() && denied) {
            return List.of();
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
