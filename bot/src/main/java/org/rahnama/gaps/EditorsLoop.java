package org.rahnama.gaps;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.rahnama.language.Language;
import org.rahnama.state.UserKey;
import org.springframework.stereotype.Component;

/**
 * What the conversation tells the editors: each question it could not answer and each 👍 / 👎 is counted (ledger
 * and Micrometer: {@code rahnama.questions.unanswered}, {@code rahnama.answers.feedback}); the text of a question is
 * kept, masked, only for a person who said yes.
 */
@Component
public class EditorsLoop {

    static final String UNANSWERED_METRIC = "rahnama.questions.unanswered";
    static final String FEEDBACK_METRIC = "rahnama.answers.feedback";

    private final GapLedger ledger;
    private final MeterRegistry meters;
    private final Clock clock;

    EditorsLoop(GapLedger ledger, MeterRegistry meters, Clock clock) {
        this.ledger = ledger;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param consented whether the person agreed to keep unanswered questions; without it {@code text} is not read
     * @param person    the person's hashed key, or null for a one-off question (then nothing is kept)
     */
    public void unanswered(Language language, String intent, Reason reason, UserKey person, boolean consented, String text) {
        meters.counter(UNANSWERED_METRIC, "language", language.code(), "intent", intent, "reason", reason.tag()).increment();
        ledger.count(new GapCounts.Unanswered(language, intent, reason));
        if (consented && person != null && text != null && !text.isBlank()) {
            ledger.keep(person, new KeptQuestion(clock.instant(), language, intent, reason, QuestionMask.mask(text.strip())));
        }
    }

    public void vote(String entry, Language language, boolean helped) {
        meters.counter(FEEDBACK_METRIC, "entry", entry, "language", language.code(), "vote", helped ? "up" : "down").increment();
        ledger.count(new GapCounts.Vote(entry, language, helped));
    }

    /** Deletes the questions kept for this person ({@code /forget}). */
    public void forget(UserKey person) {
        ledger.forget(person);
    }
}
