package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.safety.CrisisDetector;
import org.rahnama.safety.CrisisKind;
import org.springframework.stereotype.Component;

/**
 * Belt and braces: the crisis lexicons decide first, and a confident safety intent from the classifier counts
 * too, so a phrasing missing from the lexicons is still caught. A false alarm costs a few lines of helplines;
 * a miss can cost a life.
 */
@Component
public class SafetyTriage {

    /**
     * A safety intent anywhere in the classifier's top three at this probability raises the alarm. Measured with
     * {@code eval-safety nlp-models/safety/eval} (494 messages, six languages): 0.5 on the top intent only gave
     * recall 78.4% / false alarms 12.0%; 0.35 on the top three gives 83.6% / 15.6%; 0.25 gives 85.9% / 16.9%.
     * A missed crisis costs more than a false alarm, and a false alarm still gets its normal answer after the
     * helplines.
     */
    static final double CLASSIFIER_SAFETY = 0.35;

    private final CrisisDetector detector;

    SafetyTriage(CrisisDetector detector) {
        this.detector = detector;
    }

    /** The lexicon's verdict alone: runs before language detection and classification. */
    public List<CrisisKind> lexicon(String text) {
        return new ArrayList<>(detector.assess(text));
    }

    /** The final verdict, most urgent first. */
    public List<CrisisKind> assess(String text, List<CrisisKind> fromLexicon, IntentPrediction prediction) {
        List<CrisisKind> kinds = new ArrayList<>(fromLexicon);
        boolean deniedByTheWriter = fromLexicon.isEmpty() && detector.negated(text);
        if (!deniedByTheWriter) {
            for (org.rahnama.intent.ScoredIntent scored : prediction.ranked()) {
                CrisisKind kind = scored.confidence() < CLASSIFIER_SAFETY ? null : switch (scored.intent()) {
                    case "crisis" -> CrisisKind.SUICIDE;
                    case "violence" -> CrisisKind.VIOLENCE;
                    case "emergency" -> CrisisKind.EMERGENCY;
                    case "emergency-shelter" -> CrisisKind.SHELTER;
                    default -> null;
                };
                if (kind != null && !kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
            kinds.sort(null);
        }
        return kinds;
    }
}
