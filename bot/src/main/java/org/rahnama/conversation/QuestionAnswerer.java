package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rahnama.gaps.Reason;
import org.rahnama.knowledge.Answer;
import org.rahnama.i18n.Translations;
import org.rahnama.intent.IntentClassifier;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.intent.ScoredIntent;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.language.ReplyLanguage;
import org.rahnama.safety.CrisisKind;
import org.rahnama.state.Session;
import org.springframework.stereotype.Component;

/**
 * The pipeline for a written question, once the conversation has decided the turn's language and run the crisis
 * check: intent, the knowledge-base answer and the local contacts, in the person's language.
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

    private final IntentClassifier classifier;
    private final KnowledgeBase knowledgeBase;
    private final AnswerWriter writer;
    private final Menus menus;
    private final Translations translations;

    QuestionAnswerer(IntentClassifier classifier, KnowledgeBase knowledgeBase, AnswerWriter writer, Menus menus,
                     Translations translations) {
        this.classifier = classifier;
        this.knowledgeBase = knowledgeBase;
        this.writer = writer;
        this.menus = menus;
        this.translations = translations;
    }

    /** Whether a short text reads as a question the bot can answer: then a commune of the same name ("École") is not meant. */
    boolean readsAsQuestion(String text, Language language) {
        IntentPrediction prediction = classifier.classify(language, text);
        return prediction.sure() && !SMALL_TALK.contains(prediction.intent());
    }

    /** The classifier's reading of a text, for the team's post: a guess of the topic, never used to answer. */
    IntentPrediction guess(Language language, String text) {
        return classifier.classify(language, text.length() > MAX_ANALYSED_CHARS ? text.substring(0, MAX_ANALYSED_CHARS) : text);
    }

    /**
     * @param choice the turn's language, decided once by the conversation
     * @param crisis what the crisis check found (its helplines come first in the reply, added by the conversation)
     */
    Outcome answer(Session session, String rawText, ReplyLanguage.Choice choice, List<CrisisKind> crisis, boolean forwarded) {
        boolean truncated = rawText.length() > MAX_ANALYSED_CHARS;
        String text = truncated ? rawText.substring(0, MAX_ANALYSED_CHARS) : rawText;
        Language language = choice.replyOrDefault();
        if (!hasLetters(text)) {
            return Outcome.say(session, List.of(translations.get(language, "input.not-understood")), menus.themes(language));
        }
        if (choice.reply() == null && crisis.isEmpty()) {
            // A first "ok" or "سلام علیکم": answering in a language picked at random would lose the person at once.
            return pickLanguage(session);
        }
        IntentPrediction prediction = classifier.classify(language, text);
        boolean safety = crisis.stream().anyMatch(CrisisKind::lifeOrSafety);

        List<String> messages = new ArrayList<>();
        if (truncated) {
            messages.add(translations.get(language, "input.too-long"));
        }
        if (choice.detected().romanized()) {
            messages.add(translations.get(language, "language.romanized"));
        }
        Session next = session.withLanguage(language);
        String intent = prediction.intent();
        Double confidence = round(prediction.confidence());

        if (safety && (IntentTaxonomy.isSafety(intent) || !prediction.sure())) {
            // The helplines are the answer; anything else can wait for the next message.
            return new Outcome(messages, menus.afterAnswer(language, null), false, List.of(), intent, confidence, null, null, next);
        }
        if (prediction.sure() && SMALL_TALK.contains(intent)) {
            messages.add(translations.get(language, "reply." + intent));
            List<Button> buttons = menus.themes(language);
            Outcome said = new Outcome(messages, buttons, false, List.of(), intent, confidence, null, null, next);
            if (intent.equals(IntentTaxonomy.OUT_OF_SCOPE)) {
                buttons.add(new Button(translations.get(language, "button.human"), Actions.HUMAN));
                return notKnown(said, session, language, Reason.OUT_OF_SCOPE);
            }
            return said;
        }
        if (!prediction.sure()) {
            // Not known well enough to answer: say so, offer the closest topics, and a person.
            messages.add(translations.get(language, "intent.unsure"));
            List<Button> buttons = menus.intents(language, prediction.ranked().stream().map(ScoredIntent::intent)
                    .filter(i -> !SMALL_TALK.contains(i)).toList());
            buttons.add(new Button(translations.get(language, "button.menu"), Actions.MENU));
            buttons.add(new Button(translations.get(language, "button.human"), Actions.HUMAN));
            return notKnown(new Outcome(messages, buttons, false, List.of(), intent, confidence, null, null, next),
                    session, language, Reason.UNSURE);
        }
        List<String> needs = needs(prediction, language, text);
        intent = needs.getFirst();
        Optional<Answer> answer = knowledgeBase.answer(language, text, List.of(intent));
        if (answer.isEmpty()) {
            messages.add(translations.get(language, "answer.none"));
            return notKnown(new Outcome(messages, menus.themes(language), false, List.of(), intent, confidence, null, null, next),
                    session, language, Reason.NO_ENTRY);
        }
        Outcome entry = writer.entry(next, language, answer.get(), needs.size() > 1 ? needs.get(1) : null, forwarded);
        messages.addAll(entry.messages());
        return new Outcome(messages, entry.buttons(), false, entry.contacts(), intent, confidence, entry.entry(), entry.title(),
                entry.session());
    }

    /**
     * A question the bot could not answer: counted for the editors, and, until the person has said yes to keeping such
     * questions, a button to say it.
     */
    private Outcome notKnown(Outcome outcome, Session session, Language language, Reason reason) {
        if (session.sharesQuestions()) {
            return outcome.unanswered(reason);
        }
        List<Button> buttons = new ArrayList<>(outcome.buttons());
        buttons.add(new Button(translations.get(language, "button.share-questions"), Actions.SHARE_QUESTIONS));
        return outcome.withButtons(buttons).unanswered(reason);
    }

    /** "Choose your language" in every language, one line each, above the buttons with the languages' own names. */
    private Outcome pickLanguage(Session session) {
        List<String> lines = new ArrayList<>();
        for (Language each : Language.values()) {
            lines.add(translations.get(each, "reply.pick-language"));
        }
        return Outcome.say(session, List.of(String.join("\n", lines)), menus.languages());
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

}
