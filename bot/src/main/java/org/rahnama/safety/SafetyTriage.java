package org.rahnama.safety;

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
        return read(text).kinds(CrisisModel.ALARM);
    }

    SafetyReading read(String text) {
        CrisisLexicon.Finding lexicons = detector.find(text);
        return new SafetyReading(lexicons.kinds(), lexicons.denied(), model.odds(text));
    }
}
