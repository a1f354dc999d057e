package org.rahnama.conversation;

import java.util.List;
import java.util.Optional;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.Answer;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.state.FloodGuard;
import org.rahnama.state.Session;
import org.rahnama.state.SessionStore;
import org.rahnama.state.UserKey;
import org.rahnama.state.UserKeys;
import org.springframework.stereotype.Component;

/**
 * The one pipeline every channel calls: Telegram, the terminal chat, {@code ask} and the HTTP API turn what
 * they receive into an {@link IncomingMessage} and render the {@link Reply}. Every message gets exactly one
 * reply, whatever it contains.
 */
@Component
public class Conversation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conversation.class);

    private final SessionStore sessions;
    private final FloodGuard floodGuard;
    private final UserKeys userKeys;
    private final ConversationLog conversationLog;
    private final QuestionAnswerer questions;
    private final AnswerWriter writer;
    private final KnowledgeBase knowledgeBase;
    private final Whereabouts whereabouts;
    private final Menus menus;
    private final Themes themes;
    private final Translations translations;

    Conversation(SessionStore sessions, FloodGuard floodGuard, UserKeys userKeys, QuestionAnswerer questions, AnswerWriter writer,
                 KnowledgeBase knowledgeBase, Whereabouts whereabouts, Menus menus, Themes themes,
                 Translations translations, ConversationLog conversationLog) {
        this.conversationLog = conversationLog;
        this.sessions = sessions;
        this.floodGuard = floodGuard;
        this.userKeys = userKeys;
        this.questions = questions;
        this.writer = writer;
        this.knowledgeBase = knowledgeBase;
        this.whereabouts = whereabouts;
        this.menus = menus;
        this.themes = themes;
        this.translations = translations;
    }

    /** The reply to a message; never throws, so that no message is left without an answer. */
    public Reply handle(IncomingMessage message) {
        long start = System.nanoTime();
        try {
            UserKey user = userKeys.of(message.channel(), message.userId());
            Reply reply = converse(message, user);
            conversationLog.record(message, user, reply, System.nanoTime() - start);
            return reply;
        } catch (RuntimeException e) {
            log.error("A message could not be answered", e);
            Language language = message.language() != null ? message.language() : Language.EN;
            return reply(language, List.of(translations.get(language, "reply.error")), menus.themes(language), false);
        }
    }

    private Reply converse(IncomingMessage message, UserKey user) {
        FloodGuard.Verdict verdict = floodGuard.check(user);
        if (verdict != FloodGuard.Verdict.ANSWER) {
            Language language = message.language() != null ? message.language() : Language.EN;
            List<String> messages = verdict == FloodGuard.Verdict.WARN ? List.of(translations.get(language, "reply.slow-down")) : List.of();
            return reply(language, messages, List.of(), false);
        }
        Session session = sessions.find(user).orElse(Session.empty());
        if (message.postcode() != null) {
            session = whereabouts.at(session, message.postcode());
        }
        Language language = session.language() != null ? session.language()
                : message.language() != null ? message.language() : Language.EN;
        Turn turn = switch (message.kind()) {
            case TEXT -> text(session, message, language);
            case ACTION -> action(session, message.action(), language);
            case LOCATION -> whereabouts.location(session, message.latitude(), message.longitude(), language);
            default -> simple(session, language, "input.media", menus.themes(language));
        };
        if (turn.session() == null) {
            sessions.forget(user);
        } else {
            sessions.save(user, turn.session());
        }
        return turn.reply();
    }

    private Turn text(Session session, IncomingMessage message, Language language) {
        String text = message.text() == null ? "" : message.text().strip();
        if (text.startsWith("/") && text.length() > 1 && Character.isLetter(text.charAt(1))) {
            return command(session, text, language);
        }
        Optional<Turn> place = whereabouts.typed(session, text, language,
                () -> questions.readsAsQuestion(session, text, message.language()));
        if (place.isPresent()) {
            return place.get();
        }
        if (text.isEmpty()) {
            return simple(session, language, "input.empty", menus.themes(language));
        }
        return questions.answer(session, text, message.language(), message.forwarded());
    }

    private Turn command(Session session, String text, Language language) {
        String name = text.substring(1).split("[\\s@]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "start" -> new Turn(reply(language, List.of(translations.get(language, "reply.welcome")), menus.languages(), false), session);
            case "language" -> simple(session, language, "reply.pick-language", menus.languages());
            case "location" -> new Turn(reply(language, List.of(translations.get(language, "reply.ask-location")), List.of(), true), session);
            case "menu" -> simple(session, language, "reply.menu", menus.themes(language));
            case "privacy" -> simple(session, language, "reply.privacy", menus.themes(language));
            case "forget" -> new Turn(reply(language, List.of(translations.get(language, "reply.forgotten")), menus.languages(), false), null);
            default -> simple(session, language, "reply.help", menus.themes(language));
        };
    }

    private Turn action(Session session, String data, Language language) {
        Optional<Actions> parsed = Actions.parse(data);
        if (parsed.isEmpty()) {
            return simple(session, language, "reply.menu", menus.themes(language));
        }
        String value = parsed.get().value();
        return switch (parsed.get().kind()) {
            case Actions.LANGUAGE -> Language.fromCode(value).filter(l -> l.code().equals(value))
                    .map(l -> simple(session.withLanguage(l), l, "reply.language-set", menus.themes(l)))
                    .orElseGet(() -> simple(session, language, "reply.pick-language", menus.languages()));
            case Actions.THEME -> themes.exists(value)
                    ? simple(session, language, "reply.pick-topic", menus.intents(language, themes.intents(value)))
                    : simple(session, language, "reply.menu", menus.themes(language));
            case Actions.INTENT -> intent(session, language, value);
            case Actions.MORE -> more(session, language, value);
            case Actions.CONTACTS -> whereabouts.contacts(session, language);
            case Actions.HUMAN -> intent(session, language, "human-help");
            case Actions.NEW_QUESTION -> simple(session, language, "reply.ask-question", List.of());
            case Actions.PICK_LANGUAGE -> simple(session, language, "reply.pick-language", menus.languages());
            case Actions.DEPARTMENT -> whereabouts.department(session, value.toUpperCase(java.util.Locale.ROOT), language);
            case Actions.POSTCODE -> whereabouts.postcode(session, value, language);
            case Actions.LOCATION -> new Turn(reply(language, List.of(translations.get(language, "reply.ask-location")), List.of(), true), session);
            default -> simple(session, language, "reply.menu", menus.themes(language));
        };
    }

    private Turn intent(Session session, Language language, String intent) {
        Optional<Answer> answer = knowledgeBase.answer(language, "", List.of(intent));
        if (answer.isEmpty()) {
            return simple(session, language, "answer.none", menus.themes(language));
        }
        AnswerWriter.Parts parts = writer.entry(session, language, answer.get(), null, false);
        AskResult result = new AskResult(language.code(), null, intent, null, false, answer.get().entry().id(),
                answer.get().text().title(), PlainText.of(String.join("\n\n", parts.messages())), writer.results(parts.contacts()));
        return new Turn(new Reply(parts.messages(), parts.buttons(), language, result, false), parts.session());
    }

    private Turn more(Session session, Language language, String entryId) {
        Optional<Answer> answer = knowledgeBase.byId(entryId, language).filter(a -> !a.text().details().isEmpty());
        if (answer.isEmpty()) {
            return simple(session, language, "reply.menu", menus.themes(language));
        }
        List<String> messages = List.of(writer.details(answer.get()));
        return new Turn(reply(language, messages, menus.afterAnswer(language, null), false), session);
    }

    private Turn simple(Session session, Language language, String key, List<Button> buttons) {
        return new Turn(reply(language, List.of(translations.get(language, key)), buttons, false), session);
    }

    private Reply reply(Language language, List<String> messages, List<Button> buttons, boolean askLocation) {
        return writer.reply(language, messages, buttons, askLocation, List.of());
    }
}
