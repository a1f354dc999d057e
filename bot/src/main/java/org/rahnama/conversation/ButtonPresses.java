package org.rahnama.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.Answer;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * What a pressed button does. The data comes back from the client, so it is parsed ({@link Actions}) and anything the
 * bot cannot have issued gets the topics.
 */
@Component
class ButtonPresses {

    private final KnowledgeBase knowledgeBase;
    private final AnswerWriter writer;
    private final Whereabouts whereabouts;
    private final AnswerFeedback feedback;
    private final TeamHandoff handoff;
    private final Menus menus;
    private final Themes themes;
    private final Translations translations;

    ButtonPresses(KnowledgeBase knowledgeBase, AnswerWriter writer, Whereabouts whereabouts, AnswerFeedback feedback,
                  TeamHandoff handoff, Menus menus, Themes themes, Translations translations) {
        this.knowledgeBase = knowledgeBase;
        this.writer = writer;
        this.whereabouts = whereabouts;
        this.feedback = feedback;
        this.handoff = handoff;
        this.menus = menus;
        this.themes = themes;
        this.translations = translations;
    }

    Outcome press(Session session, IncomingMessage message, Language language) {
        Optional<Actions> parsed = Actions.parse(message.action());
        boolean team = handoff.offeredOn(message.channel()) && !message.anonymous();
        if (parsed.isEmpty()) {
            return say(session, language, "reply.menu", menus.themes(language));
        }
        String value = parsed.get().value();
        return switch (parsed.get().kind()) {
            case Actions.LANGUAGE -> Language.ofCode(value)
                    .map(l -> say(session.withLanguage(l), l, "reply.language-set", menus.themes(l)))
                    .orElseGet(() -> say(session, language, "reply.pick-language", menus.languages()));
            case Actions.THEME -> themes.exists(value)
                    ? say(session, language, "reply.pick-topic", menus.intents(language, themes.intents(value)))
                    : say(session, language, "reply.menu", menus.themes(language));
            case Actions.INTENT -> intent(session, language, value);
            case Actions.MORE -> more(session, language, value);
            case Actions.CONTACTS -> whereabouts.contacts(session, language);
            case Actions.HUMAN -> team ? handoff.offer(session, language) : intent(session, language, "human-help");
            case Actions.TEAM_YES -> team ? handoff.accept(session, language) : intent(session, language, "human-help");
            case Actions.TEAM_NO -> handoff.decline(session, language);
            case Actions.TEAM_END -> handoff.end(session, language);
            case Actions.SHARE_QUESTIONS -> say(session.sharingQuestions(), language, "consent.thanks", List.of());
            case Actions.NEW_QUESTION -> say(session, language, "reply.ask-question", List.of());
            case Actions.PICK_LANGUAGE -> say(session, language, "reply.pick-language", menus.languages());
            case Actions.DEPARTMENT -> whereabouts.department(session, value.toUpperCase(Locale.ROOT), language);
            case Actions.POSTCODE -> whereabouts.postcode(session, value, language);
            case Actions.HELPED -> feedback.vote(session, language, value, true);
            case Actions.NOT_HELPED -> feedback.vote(session, language, value, false);
            case Actions.LOCATION -> say(session, language, "reply.ask-location", List.of()).askingLocation();
            default -> say(session, language, "reply.menu", menus.themes(language));
        };
    }

    private Outcome intent(Session session, Language language, String intent) {
        Optional<Answer> answer = knowledgeBase.answer(language, "", List.of(intent));
        if (answer.isEmpty()) {
            return say(session, language, "answer.none", menus.themes(language));
        }
        return writer.entry(session, language, answer.get(), null, false).about(intent, null);
    }

    private Outcome more(Session session, Language language, String entryId) {
        Optional<Answer> answer = knowledgeBase.byId(entryId, language).filter(a -> !a.text().details().isEmpty());
        if (answer.isEmpty()) {
            return say(session, language, "reply.menu", menus.themes(language));
        }
        return Outcome.say(session, List.of(writer.details(answer.get())), menus.afterAnswer(language, null));
    }

    private Outcome say(Session session, Language language, String key, List<Button> buttons) {
        return Outcome.say(session, List.of(translations.get(language, key)), buttons);
    }
}
