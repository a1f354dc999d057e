package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rahnama.knowledge.Answer;
import java.util.Set;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.i18n.Translations;
import org.rahnama.intent.IntentClassifier;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.intent.ScoredIntent;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageDetector;
import org.rahnama.language.LanguageGuess;
import org.rahnama.safety.CrisisKind;
import org.rahnama.safety.SafetyTriage;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * The pipeline for a written question: crisis check first, then language, intent, the knowledge-base answer
 * and the local contacts, in the person's language.
 */
@Component
class QuestionAnswerer {

    /** Longer messages are read up to here: enough for any real question, bounded work for a hostile paste. */
    static final int MAX_ANALYSED_CHARS = 1000;
    private static final double SECOND_NEED = 0.5;
    /** Where one need ends and another may begin: punctuation and "and" in our six languages. */
    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile(
            "[,.;!?،؛።፣]|\\s(?:and|also|et|aussi|mais|but|و|او|هم|ና|ከምኡውን)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Needs that come before others when a message has two ("no house and my child has no school"). */
    private static final List<String> URGENT = List.of("emergency-shelter", "see-a-doctor", "mental-health", "food-aid");
    private static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", IntentTaxonomy.OUT_OF_SCOPE);

    private final SafetyTriage safetyTriage;
    private final LanguageDetector languageDetector;
    private final IntentClassifier classifier;
    private final KnowledgeBase knowledgeBase;
    private final AnswerWriter writer;
    private final SafetyReplies safetyReplies;
    private final Menus menus;
    private final Translations translations;

    QuestionAnswerer(SafetyTriage safetyTriage, LanguageDetector languageDetector, IntentClassifier classifier,
                     KnowledgeBase knowledgeBase, AnswerWriter writer, SafetyReplies safetyReplies, Menus menus,
                     Translations translations) {
        this.safetyTriage = safetyTriage;
        this.languageDetector = languageDetector;
        this.classifier = classifier;
        this.knowledgeBase = knowledgeBase;
        this.writer = writer;
        this.safetyReplies = safetyReplies;
        this.menus = menus;
        this.translations = translations;
    }

    /** Whether a short text reads as a question the bot can answer: then a commune of the same name ("École") is not meant. */
    boolean readsAsQuestion(Session session, String text, Language hint) {
        Language prior = session.language() != null ? session.language() : hint;
        Language language = languageDetector.detect(text, prior).orElse(prior != null ? prior : Language.FR);
        IntentPrediction prediction = classifier.classify(language, text);
        return prediction.sure() && !SMALL_TALK.contains(prediction.intent());
    }

    /**
     * @param hint a language the channel suggests (Telegram profile, {@code --lang}), weaker than the session's
     */
    Turn answer(Session session, String rawText, Language hint, boolean forwarded) {
        boolean truncated = rawText.length() > MAX_ANALYSED_CHARS;
        String text = truncated ? rawText.substring(0, MAX_ANALYSED_CHARS) : rawText;
        List<CrisisKind> crisis = safetyTriage.assess(text);

        Language prior = session.language() != null ? session.language() : hint;
        LanguageGuess guess = languageDetector.detect(text, prior);
        Language language = guess.orElse(prior != null ? prior : Language.EN);
        if (!guess.known() && !hasLetters(text)) {
            return notUnderstood(session, language, crisis);
        }
        if (!guess.known() && prior == null && crisis.isEmpty()) {
            // A first "سلام" or "ok": answering in a language picked at random would lose the person at once.
            return pickLanguage(session, language);
        }
        IntentPrediction prediction = classifier.classify(language, text);
        boolean safety = crisis.stream().anyMatch(CrisisKind::lifeOrSafety);

        List<String> messages = new ArrayList<>();
        if (!crisis.isEmpty()) {
            messages.add(safetyReplies.write(language, crisis));
        }
        if (truncated) {
            messages.add(translations.get(language, "input.too-long"));
        }
        if (guess.romanized()) {
            messages.add(translations.get(language, "language.romanized"));
        }
        Session next = session.withLanguage(language);
        String intent = prediction.intent();
        List<NearbyContact> contacts = crisis.isEmpty() ? List.of() : safetyReplies.helplines(crisis);
        List<Button> buttons;
        String entryId = null;
        String title = null;

        if (safety && (IntentTaxonomy.isSafety(intent) || !prediction.sure())) {
            // The helplines are the answer; anything else can wait for the next message.
            buttons = menus.afterAnswer(language, null);
        } else if (prediction.sure() && SMALL_TALK.contains(intent)) {
            messages.add(translations.get(language, "reply." + intent));
            buttons = menus.themes(language);
        } else if (!prediction.sure()) {
            messages.add(translations.get(language, "intent.unsure"));
            buttons = menus.intents(language, prediction.ranked().stream().map(ScoredIntent::intent)
                    .filter(i -> !SMALL_TALK.contains(i)).toList());
            buttons.add(new Button(translations.get(language, "button.menu"), Actions.MENU));
        } else {
            List<String> needs = needs(prediction, language, text);
            intent = needs.getFirst();
            Optional<Answer> answer = knowledgeBase.answer(language, text, List.of(intent));
            if (answer.isEmpty()) {
                messages.add(translations.get(language, "answer.none"));
                buttons = menus.themes(language);
            } else {
                AnswerWriter.Parts parts = writer.entry(next, language, answer.get(), needs.size() > 1 ? needs.get(1) : null, forwarded);
                entryId = answer.get().entry().id();
                title = answer.get().text().title();
                messages.addAll(parts.messages());
                contacts = concat(contacts, parts.contacts());
                buttons = parts.buttons();
                next = parts.session();
            }
        }
        AskResult result = new AskResult(language.code(), guess.known() ? round(guess.confidence()) : null, intent,
                round(prediction.confidence()), safety, entryId, title,
                PlainText.of(String.join("\n\n", messages)), writer.results(contacts));
        return new Turn(new Reply(messages, buttons, language, result, false), forwarded ? next.asCaseworker() : next);
    }

    private Turn notUnderstood(Session session, Language language, List<CrisisKind> crisis) {
        List<String> messages = new ArrayList<>();
        if (!crisis.isEmpty()) {
            messages.add(safetyReplies.write(language, crisis));
        }
        messages.add(translations.get(language, "input.not-understood"));
        AskResult result = new AskResult(language.code(), null, null, null, crisis.stream().anyMatch(CrisisKind::lifeOrSafety),
                null, null, PlainText.of(String.join("\n\n", messages)), writer.results(safetyReplies.helplines(crisis)));
        return new Turn(new Reply(messages, menus.themes(language), language, result, false), session);
    }

    /** "Choose your language" in every language, one line each, above the buttons with the languages' own names. */
    private Turn pickLanguage(Session session, Language language) {
        List<String> lines = new ArrayList<>();
        for (Language each : Language.values()) {
            lines.add(translations.get(each, "reply.pick-language"));
        }
        List<String> messages = List.of(String.join("\n", lines));
        AskResult result = new AskResult(language.code(), null, null, null, false, null, null,
                PlainText.of(messages.getFirst()), writer.results(List.of()));
        return new Turn(new Reply(messages, menus.languages(), language, result, false), session);
    }

    /**
     * The needs a message expresses, the most urgent first: the best intent of the whole message, and the intent
     * of any clause that asks for something else ("I have no house and my child has no school"). Clauses are
     * classified on their own because a confident model gives the second need of a whole message almost nothing.
     */
    private List<String> needs(IntentPrediction prediction, Language language, String text) {
        List<String> needs = new ArrayList<>();
        needs.add(prediction.intent());
        for (String clause : CLAUSES.split(text)) {
            if (clause.strip().split("\\s+").length < 3) {
                continue;
            }
            IntentPrediction part = classifier.classify(language, clause);
            String other = part.intent();
            if (part.confidence() >= SECOND_NEED && !needs.contains(other) && !SMALL_TALK.contains(other) && !IntentTaxonomy.isSafety(other)) {
                needs.add(other);
                break;
            }
        }
        if (needs.size() > 1 && URGENT.contains(needs.get(1)) && !URGENT.contains(needs.getFirst())) {
            needs.add(0, needs.remove(1));
        }
        return needs;
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
