package org.rahnama.safety;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Belt and braces, before and independently of language detection and intent classification: the crisis
 * lexicons decide first, and the crisis model catches phrasings no lexicon lists. A false alarm costs a few
 * lines of helplines before the normal answer; a miss can cost a life. The cross-validation that chooses the
 * model's alarm threshold runs this same rule.
 */
@Component
public class SafetyTriage {

    private final CrisisDetector detector;
    private final CrisisModel model;

    SafetyTriage(CrisisDetector detector, CrisisModel model) {
        this.detector = detector;
        this.model = model;
    }

    /** The crisis kinds a message speaks of, most urgent first; empty when none. */
    public List<CrisisKind> assess(String text) {
        return assess(text, CrisisModel.ALARM);
    }

    List<CrisisKind> assess(String text, double alarm) {
        List<CrisisKind> kinds = new ArrayList<>(detector.assess(text));
        // "I am not suicidal, I need a doctor": the writer's own denial, which the lexicons recognise, wins over
        // the model when no lexicon phrase raised an alarm.
        if (kinds.isEmpty() && detector.negated(text)) {
            return kinds;
        }
        for (CrisisKind kind : model.assess(text, alarm)) {
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        kinds.sort(null);
        return kinds;
    }
}
