package org.rahnama.safety;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import opennlp.tools.doccat.DocumentSample;
import org.rahnama.data.DataFolder;
import org.rahnama.language.LabelledText;
import org.rahnama.language.Language;
import org.rahnama.language.OpenNlpExtensions;

/**
 * {@code rahnama.jar safety-cv [NLP_MODELS]}: k-fold cross-validation of the safety check (lexicons plus crisis
 * model) on its training data, at several alarm thresholds. This is how {@link CrisisModel#ALARM} is chosen
 * without ever looking at the evaluation file. False alarms are counted apart on the hard negatives of
 * {@code safety/train} (idioms, negations, past events) and on the ordinary questions of {@code intents/train}.
 */
public final class CrisisCrossValidation {

    private static final int FOLDS = 5;
    private static final double[] THRESHOLDS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
    /**
     * At most this share of ordinary questions may get the helplines first (the false-alarm target):
     * beyond it the bot would feel alarmist and people would learn to scroll past the helplines. Within it, the
     * threshold with the highest recall wins.
     */
    private static final double MAX_ORDINARY_FALSE_ALARMS = 3.0;
    private static final int CRISES = 0;
    private static final int HARD = 1;
    private static final int ORDINARY = 2;

    private CrisisCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        OpenNlpExtensions.quietTraining();
        Path nlpModels = Path.of(args.length > 0 ? args[0] : "nlp-models");
        run(nlpModels, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** A held-out line's outcome at each threshold; index 0 is the lexicons alone. */
    private static final class Counts {
        int lines;
        final int[] alarms = new int[THRESHOLDS.length + 1];

        void add(boolean[] alarmed) {
            lines++;
            for (int check = 0; check < alarmed.length; check++) {
                alarms[check] += alarmed[check] ? 1 : 0;
            }
        }

        double rate(int check) {
            return lines == 0 ? 0 : 100.0 * alarms[check] / lines;
        }
    }

    static void run(Path nlpModels, PrintStream out) throws IOException {
        CrisisDetector lexicons = new CrisisDetector(CrisisDetector.readLexicons(DataFolder.onDisk("nlp-models", nlpModels)));
        List<LabelledText> hardLines = CrisisModelTrainer.safetyLines(nlpModels);
        List<LabelledText> lines = new ArrayList<>(hardLines);
        lines.addAll(CrisisModelTrainer.intentLines(nlpModels));
        Collections.shuffle(lines, new Random(42));
        Set<LabelledText> fromSafetyData = Collections.newSetFromMap(new IdentityHashMap<>());
        fromSafetyData.addAll(hardLines);
        // Per group (crises, hard negatives, ordinary questions): all languages together, and each language.
        Counts[] all = groups();
        Map<Language, Counts[]> byLanguage = new EnumMap<>(Language.class);
        for (int fold = 0; fold < FOLDS; fold++) {
            List<DocumentSample> training = new ArrayList<>();
            List<LabelledText> heldOut = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i % FOLDS == fold) {
                    heldOut.add(lines.get(i));
                } else {
                    training.add(CrisisModelTrainer.sample(lines.get(i)));
                }
            }
            SafetyTriage triage = new SafetyTriage(lexicons, new CrisisModel(CrisisModelTrainer.train(training)));
            for (LabelledText line : heldOut) {
                int group = !line.label().equals(CrisisModelTrainer.NONE) ? CRISES : fromSafetyData.contains(line) ? HARD : ORDINARY;
                SafetyReading reading = triage.read(line.text());
                boolean[] alarms = new boolean[THRESHOLDS.length + 1];
                alarms[0] = !reading.lexicon().isEmpty();
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    alarms[t + 1] = !reading.kinds(THRESHOLDS[t]).isEmpty();
                }
                all[group].add(alarms);
                byLanguage.computeIfAbsent(line.language(), language -> groups())[group].add(alarms);
            }
        }
        Counts crises = all[CRISES];
        Counts hardNegatives = all[HARD];
        Counts ordinary = all[ORDINARY];
        out.printf("%d-fold cross-validation: %d crisis messages, %d hard negatives, %d ordinary questions%n",
                FOLDS, crises.lines, hardNegatives.lines, ordinary.lines);
        out.printf("%-24s %8s %22s %24s%n", "check", "recall", "false alarms (hard)", "false alarms (ordinary)");
        int best = -1;
        for (int check = 0; check <= THRESHOLDS.length; check++) {
            out.printf("%-24s %7.1f%% %21.1f%% %23.1f%%%n",
                    check == 0 ? "lexicons alone" : "lexicons + model " + THRESHOLDS[check - 1],
                    crises.rate(check), hardNegatives.rate(check), ordinary.rate(check));
            boolean acceptable = check > 0 && ordinary.rate(check) <= MAX_ORDINARY_FALSE_ALARMS;
            if (acceptable && (best < 0 || crises.rate(check) > crises.rate(best))) {
                best = check;
            }
        }
        if (best < 0) {
            out.println("no threshold keeps false alarms on ordinary questions under " + MAX_ORDINARY_FALSE_ALARMS + "%");
            return;
        }
        out.println("highest recall with at most " + MAX_ORDINARY_FALSE_ALARMS + "% false alarms on ordinary questions: alarm threshold "
                + THRESHOLDS[best - 1]);
        // The targets hold per language: this says where new training data is needed most.
        out.printf("%nat %-21s %8s %22s %24s%n", THRESHOLDS[best - 1] + ", by language", "recall", "false alarms (hard)",
                "false alarms (ordinary)");
        for (Map.Entry<Language, Counts[]> language : byLanguage.entrySet()) {
            Counts[] groups = language.getValue();
            out.printf("%-24s %7.1f%% %21.1f%% %23.1f%%%n", language.getKey().code(), groups[CRISES].rate(best),
                    groups[HARD].rate(best), groups[ORDINARY].rate(best));
        }
    }

    private static Counts[] groups() {
        return new Counts[] {new Counts(), new Counts(), new Counts()};
    }
}
