package org.rahnama.conversation;

import java.util.List;
import org.rahnama.gaps.EditorsLoop;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * 👍 / 👎 under an answer: counted per entry and language for the editors ({@link EditorsLoop}), never with the
 * question. A 👎 is answered with the ways on: the team, or the question in other words.
 */
@Component
class AnswerFeedback {

    private final KnowledgeBase knowledgeBase;
    private final EditorsLoop editors;
    private final Translations translations;
    private final Menus menus;

    AnswerFeedback(KnowledgeBase knowledgeBase, EditorsLoop editors, Translations translations, Menus menus) {
        this.knowledgeBase = knowledgeBase;
        this.editors = editors;
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
        editors.vote(entryId, language, helped);
        if (helped) {
            return Outcome.say(session, List.of(translations.get(language, "feedback.thanks")), menus.themes(language));
        }
        return Outcome.say(session, List.of(translations.get(language, "feedback.sorry")), List.of(
                new Button(translations.get(language, "button.human"), Actions.HUMAN),
                new Button(translations.get(language, "button.new-question"), Actions.NEW_QUESTION),
                new Button(translations.get(language, "button.menu"), Actions.MENU)));
    }
}
