package org.rahnama.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * 👍 / 👎 under an answer: counted per entry and language ({@code rahnama.answers.feedback}), never with the question.
 * A 👎 is answered with the ways on: a person, or the question in other words.
 */
@Component
class AnswerFeedback {

    static final String METRIC = "rahnama.answers.feedback";

    private final KnowledgeBase knowledgeBase;
    private final MeterRegistry meters;
    private final Translations translations;
    private final Menus menus;

    AnswerFeedback(KnowledgeBase knowledgeBase, MeterRegistry meters, Translations translations, Menus menus) {
        this.knowledgeBase = knowledgeBase;
        this.meters = meters;
        this.translations = translations;
        this.menus = menus;
    }

    /** The two buttons under an answer from an entry. */
    List<Button> buttons(Language language, String entryId) {
        return List.of(new Button(translations.get(language, "button.helped"), Actions.of(Actions.HELPED, entryId)),
                new Button(translations.get(language, "button.not-helped"), Actions.of(Actions.NOT_HELPED, entryId)));
    }

    Outcome vote(Session session, Language language, String entryId, boolean helped) {
        // Only entries the bot has: a forged button must not create metrics of its own.
        if (entryId == null || knowledgeBase.byId(entryId, Language.FR).isEmpty()) {
            return Outcome.say(session, List.of(translations.get(language, "reply.menu")), menus.themes(language));
        }
        meters.counter(METRIC, "entry", entryId, "language", language.code(), "vote", helped ? "up" : "down").increment();
        if (helped) {
            return Outcome.say(session, List.of(translations.get(language, "feedback.thanks")), menus.themes(language));
        }
        return Outcome.say(session, List.of(translations.get(language, "feedback.sorry")), List.of(
                new Button(translations.get(language, "button.human"), Actions.HUMAN),
                new Button(translations.get(language, "button.new-question"), Actions.NEW_QUESTION),
                new Button(translations.get(language, "button.menu"), Actions.MENU)));
    }
}
