package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.gaps.EditorsLoop;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.rahnama.language.ReplyLanguage;
import org.rahnama.safety.CrisisKind;
import org.rahnama.safety.SafetyTriage;
import org.rahnama.state.FloodGuard;
import org.rahnama.state.Session;
import org.rahnama.state.SessionStore;
import org.rahnama.state.UserKey;
import org.rahnama.state.UserKeys;
import org.springframework.stereotype.Component;

/**
 * The one pipeline every channel calls: Telegram, the terminal chat, {@code ask} and the HTTP API turn what
 * they receive into an {@link IncomingMessage} and render the {@link Reply}. Every message gets exactly one
 * reply, whatever it contains. Each turn is one envelope: the language is decided once, any text the person typed
 * (a command's words included) goes through the crisis check first, and the handler's {@link Outcome} becomes the
 * reply, its {@link AskResult} and the log line in one place.
 */
@Component
public class Conversation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conversation.class);

    private final SessionStore sessions;
    private final FloodGuard floodGuard;
    private final UserKeys userKeys;
    private final ConversationLog conversationLog;
    private final ReplyLanguage replyLanguage;
    private final SafetyTriage safetyTriage;
    private final SafetyReplies safetyReplies;
    private final QuestionAnswerer questions;
    private final ButtonPresses buttons;
    private final AnswerWriter writer;
    private final Whereabouts whereabouts;
    private final TeamHandoff handoff;
    private final EditorsLoop editors;
    private final Menus menus;
    private final Translations translations;

    Conversation(SessionStore sessions, FloodGuard floodGuard, UserKeys userKeys, ReplyLanguage replyLanguage,
                 SafetyTriage safetyTriage, SafetyReplies safetyReplies, QuestionAnswerer questions, ButtonPresses buttons,
                 AnswerWriter writer, Whereabouts whereabouts, TeamHandoff handoff, EditorsLoop editors, Menus menus,
                 Translations translations, ConversationLog conversationLog) {
        this.sessions = sessions;
        this.floodGuard = floodGuard;
        this.userKeys = userKeys;
        this.replyLanguage = replyLanguage;
        this.safetyTriage = safetyTriage;
        this.safetyReplies = safetyReplies;
        this.questions = questions;
        this.buttons = buttons;
        this.writer = writer;
        this.whereabouts = whereabouts;
        this.handoff = handoff;
        this.editors = editors;
        this.menus = menus;
        this.translations = translations;
        this.conversationLog = conversationLog;
    }

    public Reply handle(IncomingMessage message) {
        long start = System.nanoTime();
        Language known = message.language();
        try {
            UserKey user = message.anonymous() ? null : userKeys.of(message.channel(), message.userId());
            Session session = user == null ? Session.empty() : sessions.find(user).orElse(Session.empty());
            known = session.language() != null ? session.language() : known;
            Reply reply = converse(message, user, session);
            conversationLog.record(message, user, reply, System.nanoTime() - start);
            return reply;
        } catch (RuntimeException e) {
            log.error("A message could not be answered", e);
            Language language = known != null ? known : Language.EN;
            return envelope(ReplyLanguage.Choice.of(language, null), List.of(),
                    Outcome.say(null, List.of(translations.get(language, "reply.error")), menus.themes(language)));
        }
    }

    private Reply converse(IncomingMessage message, UserKey user, Session stored) {
        ReplyLanguage.Choice known = ReplyLanguage.Choice.of(stored.language(), message.language());
        FloodGuard.Verdict verdict = user == null ? FloodGuard.Verdict.ANSWER : floodGuard.check(user);
        if (verdict != FloodGuard.Verdict.ANSWER) {
            Language language = known.replyOrDefault();
            return envelope(known, List.of(), Outcome.say(stored,
                    verdict == FloodGuard.Verdict.WARN ? List.of(translations.get(language, "reply.slow-down")) : List.of(), List.of()));
        }
        Session session = message.postcode() == null ? stored : whereabouts.at(stored, message.postcode());
        String text = message.kind() == IncomingMessage.Kind.TEXT ? (message.text() == null ? "" : message.text().strip()) : null;
        String words = text == null ? null : isCommand(text) ? commandWords(text) : text;
        ReplyLanguage.Choice choice = words == null || words.isEmpty() ? known
                : replyLanguage.decide(words, session.language(), message.language());
        List<CrisisKind> crisis = words == null || words.isEmpty() ? List.of()
                : safetyTriage.assess(words.length() > QuestionAnswerer.MAX_ANALYSED_CHARS
                        ? words.substring(0, QuestionAnswerer.MAX_ANALYSED_CHARS) : words);
        Language language = choice.replyOrDefault();
        Outcome outcome = switch (message.kind()) {
            case TEXT -> isCommand(text) ? command(session, user, text, language) : text(session, user, text, message, choice, crisis);
            case ACTION -> buttons.press(session, message, language);
            case LOCATION -> whereabouts.location(session, message.latitude(), message.longitude(), language);
            default -> Outcome.say(session, List.of(translations.get(language, "input.media")), menus.themes(language));
        };
        if (outcome.unanswered() != null) {
            editors.unanswered(language, outcome.intent(), outcome.unanswered(), user, session.sharesQuestions(), text);
        }
        if (message.kind() == IncomingMessage.Kind.ACTION && outcome.session() != null && outcome.session().language() != null
                && outcome.session().language() != language) {
            // A language button answers in the language just chosen: the reply says so, and a channel lays it out so.
            choice = ReplyLanguage.Choice.of(outcome.session().language(), null);
        }
        if (user != null && outcome.session() == null) {
            sessions.forget(user);
        } else if (user != null) {
            sessions.save(user, outcome.session());
        }
        return envelope(choice, crisis, outcome);
    }

    /** The helplines first when the message spoke of a crisis, then what the handler decided: one reply, one result. */
    private Reply envelope(ReplyLanguage.Choice choice, List<CrisisKind> crisis, Outcome outcome) {
        Language language = choice.replyOrDefault();
        List<String> messages = new ArrayList<>();
        List<NearbyContact> contacts = new ArrayList<>();
        if (!crisis.isEmpty()) {
            messages.add(safetyReplies.write(language, crisis));
            contacts.addAll(safetyReplies.helplines(crisis));
        }
        messages.addAll(outcome.messages());
        contacts.addAll(outcome.contacts());
        boolean safety = crisis.stream().anyMatch(CrisisKind::lifeOrSafety);
        Double languageConfidence = choice.detected().known() && choice.detected().language() == choice.reply()
                ? Math.round(choice.detected().confidence() * 100) / 100.0 : null;
        AskResult result = new AskResult(choice.reply() == null ? null : choice.reply().code(), languageConfidence,
                outcome.intent(), outcome.intentConfidence(), safety, outcome.entry(), outcome.title(),
                PlainText.of(String.join("\n\n", messages)), writer.results(contacts));
        return new Reply(messages, outcome.buttons(), language, result, outcome.askLocation(), outcome.teamPosts());
    }

    private Outcome text(Session stored, UserKey user, String text, IncomingMessage message, ReplyLanguage.Choice choice,
                         List<CrisisKind> crisis) {
        Language language = choice.replyOrDefault();
        Session session = stored;
        if (session.ticket() != null && user != null && !text.isEmpty() && handoff.offeredOn(message.channel())) {
            Optional<Outcome> relayed = handoff.relay(session, message.userId(), language, text, questions.guess(language, text),
                    !crisis.isEmpty());
            if (relayed.isPresent()) {
                return relayed.get();
            }
            session = session.withTicket(null);
        }
        if (crisis.isEmpty()) {
            Optional<Outcome> place = whereabouts.typed(session, text, language, () -> questions.readsAsQuestion(text, language));
            if (place.isPresent()) {
                return place.get();
            }
        }
        if (text.isEmpty()) {
            return Outcome.say(session, List.of(translations.get(language, "input.empty")), menus.themes(language));
        }
        return questions.answer(session, text, choice, crisis, message.forwarded());
    }

    private static boolean isCommand(String text) {
        return text.startsWith("/") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }

    /** What a person typed after a command ("/start I want to die"): read like any message. */
    private static String commandWords(String text) {
        String[] parts = text.split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }

    private Outcome command(Session session, UserKey user, String text, Language language) {
        String name = text.substring(1).split("[\\s@]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (name) {
            case "start" -> say(session, language, "reply.welcome", menus.languages());
            case "language" -> say(session, language, "reply.pick-language", menus.languages());
            case "location" -> say(session, language, "reply.ask-location", List.of()).askingLocation();
            case "menu" -> say(session, language, "reply.menu", menus.themes(language));
            case "privacy" -> say(session, language, "reply.privacy", menus.themes(language));
            case "forget" -> forget(session, user, language);
            default -> say(session, language, "reply.help", menus.themes(language));
        };
    }

    /** Everything about the person: the session, the questions kept for the editors, an open ticket with the team. */
    private Outcome forget(Session session, UserKey user, Language language) {
        if (user != null) {
            editors.forget(user);
        }
        return say(null, language, "reply.forgotten", menus.languages()).postingToTeam(handoff.forget(session));
    }

    private Outcome say(Session session, Language language, String key, List<Button> buttons) {
        return Outcome.say(session, List.of(translations.get(language, key)), buttons);
    }
}
