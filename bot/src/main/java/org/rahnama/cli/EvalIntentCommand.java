package org.rahnama.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rahnama.intent.IntentClassifier;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.intent.ScoredIntent;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.safety.SafetyTriage;
import org.springframework.stereotype.Component;

/**
 * {@code eval-intent FILE.tsv...} with lines {@code lang<TAB>intent<TAB>text}: top-1 and top-3 accuracy per
 * language and per intent, recall of the safety intents, the most frequent confusions, and how often the first
 * knowledge-base answer belongs to the right intent. For the safety intents it also counts what the person would
 * notice: whether the bot reaches help at all, from the crisis check (which runs first) or from the classifier
 * predicting any safety intent. With the out-of-scope set ({@code nlp-models/intents/out-of-scope/}) it also counts the
 * two mistakes of a confidence threshold: an entry given for a question the bot does not cover, and a covered
 * question asked back instead of answered.
 */
@Component
class EvalIntentCommand {

    private static final int CONFUSIONS_SHOWN = 15;

    private final IntentClassifier classifier;
    private final IntentTaxonomy taxonomy;
    private final KnowledgeBase knowledgeBase;
    private final SafetyTriage safetyTriage;

    EvalIntentCommand(IntentClassifier classifier, IntentTaxonomy taxonomy, KnowledgeBase knowledgeBase, SafetyTriage safetyTriage) {
        this.classifier = classifier;
        this.taxonomy = taxonomy;
        this.knowledgeBase = knowledgeBase;
        this.safetyTriage = safetyTriage;
    }

    int run(List<String> files, PrintStream out) {
        List<EvalFile.Labelled> rows = EvalFile.labelled(files, "lang<TAB>intent<TAB>text");
        Tally top1 = new Tally();
        Tally top3 = new Tally();
        Tally byIntent = new Tally();
        Tally entries = new Tally();
        Tally safetyHelp = new Tally();
        Tally answeredDirectly = new Tally();
        Tally rightWhenDirect = new Tally();
        // What a person notices: an entry given for a question the bot does not cover, or a covered question asked back.
        Tally outOfScopeAnswered = new Tally();
        Tally inScopeAskedBack = new Tally();
        Map<String, Integer> confusions = new TreeMap<>();
        for (EvalFile.Labelled row : rows) {
            Language language = row.language();
            String expected = row.label();
            if (!taxonomy.exists(expected)) {
                throw new CommandLine.UsageException("unknown intent '" + expected + "' in the evaluation file");
            }
            IntentPrediction prediction = classifier.classify(language, row.text());
            boolean hit = prediction.intent().equals(expected);
            top1.add(language, hit);
            boolean inTop3 = prediction.ranked().stream().map(ScoredIntent::intent).anyMatch(expected::equals);
            top3.add(language, inTop3);
            byIntent.add(expected, hit);
            answeredDirectly.add(language, prediction.sure());
            boolean answersWithAnEntry = prediction.sure() && taxonomy.contentIntents().contains(prediction.intent());
            if (expected.equals(IntentTaxonomy.OUT_OF_SCOPE)) {
                outOfScopeAnswered.add(language, answersWithAnEntry);
            } else if (taxonomy.contentIntents().contains(expected)) {
                inScopeAskedBack.add(language, !prediction.sure());
            }
            if (prediction.sure()) {
                rightWhenDirect.add(language, hit);
            }
            if (IntentTaxonomy.isSafety(expected)) {
                boolean helped = IntentTaxonomy.isSafety(prediction.intent()) || !safetyTriage.assess(row.text()).isEmpty();
                safetyHelp.add(expected, helped);
            }
            if (!hit) {
                confusions.merge(expected + " -> " + prediction.intent(), 1, Integer::sum);
            }
            if (taxonomy.contentIntents().contains(expected)) {
                boolean rightEntry = knowledgeBase.answer(language, row.text(), List.of(prediction.intent()))
                        .map(a -> a.entry().intents().contains(expected)).orElse(false);
                entries.add(language, rightEntry);
            }
        }
        out.printf("%d messages: top-1 %.2f%%, top-3 %.2f%%%n", rows.size(), 100 * top1.rate(Tally.ALL), 100 * top3.rate(Tally.ALL));
        top1.print(out, "top-1 by language", "accuracy");
        top3.print(out, "top-3 by language", "accuracy");
        byIntent.print(out, "top-1 by intent (recall)", "recall");
        entries.print(out, "first answer's entry is right", "rate");
        safetyHelp.print(out, "safety message reaches help", "recall");
        answeredDirectly.print(out, "answered without asking", "rate");
        rightWhenDirect.print(out, "right when answered directly", "accuracy");
        outOfScopeAnswered.print(out, "out of scope, answered an entry (target <= 10%)", "rate");
        inScopeAskedBack.print(out, "in scope, asked back (target <= 10%)", "rate");
        out.printf("%nmost frequent confusions (expected -> predicted)%n");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(CONFUSIONS_SHOWN).forEach(e -> out.printf("%5d  %s%n", e.getValue(), e.getKey()));
        return 0;
    }
}
