package org.rahnama.conversation;

import java.util.List;
import java.util.Optional;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.PlaceNames;
import org.rahnama.contacts.Postcodes;
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
    private final ContactDirectory directory;
    private final PlaceNames placeNames;
    private final Menus menus;
    private final Themes themes;
    private final Translations translations;

    Conversation(SessionStore sessions, FloodGuard floodGuard, UserKeys userKeys, QuestionAnswerer questions, AnswerWriter writer,
                 KnowledgeBase knowledgeBase, ContactDirectory directory, PlaceNames placeNames, Menus menus, Themes themes,
                 Translations translations, ConversationLog conversationLog) {
        this.conversationLog = conversationLog;
        this.sessions = sessions;
        this.floodGuard = floodGuard;
        this.userKeys = userKeys;
        this.questions = questions;
        this.writer = writer;
        this.knowledgeBase = knowledgeBase;
        this.directory = directory;
        this.placeNames = placeNames;
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
        if (message.postcode() != null && Postcodes.department(message.postcode()).isPresent()) {
            session = session.withLocation(message.postcode().strip(), Postcodes.department(message.postcode()).get());
        }
        Language language = session.language() != null ? session.language()
                : message.language() != null ? message.language() : Language.EN;
        Turn turn = switch (message.kind()) {
            case TEXT -> text(session, message, language);
            case ACTION -> action(session, message.action(), language);
            case LOCATION -> location(session, message.latitude(), message.longitude(), language);
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
        if (Postcodes.isPostcode(text)) {
            return postcode(session, text, language);
        }
        List<String> places = placeNames.departments(text);
        if (places.size() == 1) {
            return located(session.withLocation(null, places.getFirst()), language);
        }
        if (places.size() > 1) {
            List<Button> choices = places.stream().map(d -> new Button(placeNames.describe(d), Actions.of(Actions.DEPARTMENT, d.toLowerCase()))).toList();
            return simple(session, language, "reply.which-place", choices);
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
            case Actions.CONTACTS -> contacts(session, language);
            case Actions.HUMAN -> intent(session, language, "human-help");
            case Actions.NEW_QUESTION -> simple(session, language, "reply.ask-question", List.of());
            case Actions.PICK_LANGUAGE -> simple(session, language, "reply.pick-language", menus.languages());
            case Actions.DEPARTMENT -> placeNames.describe(value.toUpperCase()).equals(value.toUpperCase())
                    ? simple(session, language, "reply.ask-location", List.of())
                    : located(session.withLocation(null, value.toUpperCase()), language);
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

    private Turn contacts(Session session, Language language) {
        if (session.department() == null) {
            return new Turn(reply(language, List.of(translations.get(language, "reply.ask-location")), List.of(), true), session);
        }
        List<String> types = contactTypesOfLastAnswer(session, language);
        var found = writer.contacts(types, session.department(), null, null);
        return new Turn(reply(language, List.of(writer.contactsText(language, found, true)), menus.afterAnswer(language, null), false, found), session);
    }

    private Turn postcode(Session session, String postcode, Language language) {
        Optional<String> department = Postcodes.department(postcode);
        if (department.isEmpty()) {
            return simple(session, language, "reply.postcode-unknown", List.of());
        }
        return located(session.withLocation(postcode, department.get()), language);
    }

    /** After a postcode or a place name: the contacts of the last answer, or an invitation to ask. */
    private Turn located(Session located, Language language) {
        if (located.lastEntry() != null) {
            return contacts(located, language);
        }
        return simple(located, language, "reply.postcode-saved", menus.themes(language));
    }

    private Turn location(Session session, Double latitude, Double longitude, Language language) {
        if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return simple(session, language, "reply.ask-location", List.of());
        }
        List<String> types = contactTypesOfLastAnswer(session, language);
        // The position is used for this reply only; the session keeps the department at most.
        Session located = directory.departmentNear(latitude, longitude).map(d -> session.withLocation(null, d)).orElse(session);
        var found = writer.contacts(types, null, latitude, longitude);
        boolean anyLocal = found.stream().anyMatch(c -> !c.fallback());
        String text = anyLocal || located.department() != null
                ? writer.contactsText(language, found, true) : translations.get(language, "reply.location-unknown");
        return new Turn(reply(language, List.of(text), menus.afterAnswer(language, null), false, found), located);
    }

    /** The contact types of the entry last shown; France Services, which orients for everything, before any. */
    private List<String> contactTypesOfLastAnswer(Session session, Language language) {
        return Optional.ofNullable(session.lastEntry()).flatMap(id -> knowledgeBase.byId(id, language))
                .map(a -> a.entry().contacts()).orElse(List.of("france-services"));
    }

    private Turn simple(Session session, Language language, String key, List<Button> buttons) {
        return new Turn(reply(language, List.of(translations.get(language, key)), buttons, false), session);
    }

    private Reply reply(Language language, List<String> messages, List<Button> buttons, boolean askLocation) {
        return reply(language, messages, buttons, askLocation, List.of());
    }

    private Reply reply(Language language, List<String> messages, List<Button> buttons, boolean askLocation,
                        List<org.rahnama.contacts.NearbyContact> contacts) {
        AskResult result = new AskResult(language.code(), null, null, null, false, null, null,
                PlainText.of(String.join("\n\n", messages)), writer.results(contacts));
        return new Reply(messages, buttons, language, result, askLocation);
    }
}
