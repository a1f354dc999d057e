package org.rahnama.intent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import org.rahnama.language.LabelledText;
import org.rahnama.language.Language;
import org.rahnama.language.OpenNlpExtensions;
import org.rahnama.language.TrainingCorpus;
import org.rahnama.training.CategorizerTrainer;

/**
 * {@code rahnama.jar intent-cv [NLP_MODELS] [--write]}: k-fold cross-validation of the intent model on its training
 * data, to choose per language the confidence below which the bot says it does not know instead of answering. Each
 * threshold makes two mistakes a person notices: an entry given for a question the bot does not cover (an
 * out-of-scope line predicted as a content intent with enough confidence), and a covered question asked back (a
 * content line under the threshold). The chosen threshold makes the larger of the two as small as it can be, and
 * {@code --write} records it in {@code intents/thresholds.tsv}, which the classifier reads. The held-out test files
 * are never read here.
 */
public final class IntentCrossValidation {

    private static final int FOLDS = 5;
    private static final double LOWEST = 0.20;
    private static final double STEP = 0.025;
    private static final int STEPS = 25;

    private IntentCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        OpenNlpExtensions.quietTraining();
        Path nlpModels = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "nlp-models");
        boolean write = List.of(args).contains("--write");
        Path taxonomy = nlpModels.resolveSibling("knowledge-base").resolve("intents.md");
        IntentTaxonomy intents = IntentTaxonomy.fromMarkdown(Files.readString(taxonomy));
        run(nlpModels, intents, write, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** How held-out lines of one language fared at each threshold. */
    private static final class Curve {
        int outOfScope;
        int inScope;
        final int[] outOfScopeAnswered = new int[STEPS];
        final int[] inScopeAskedBack = new int[STEPS];

        double answered(int step) {
            return outOfScope == 0 ? 0 : 100.0 * outOfScopeAnswered[step] / outOfScope;
        }

        double askedBack(int step) {
            return inScope == 0 ? 0 : 100.0 * inScopeAskedBack[step] / inScope;
        }

        /** The threshold whose worse mistake rate is lowest; on a tie, the fewer mistakes in all. */
        int best() {
            int best = 0;
            for (int step = 1; step < STEPS; step++) {
                double worse = Math.max(answered(step), askedBack(step));
                double bestWorse = Math.max(answered(best), askedBack(best));
                if (worse < bestWorse || worse == bestWorse && answered(step) + askedBack(step) < answered(best) + askedBack(best)) {
                    best = step;
                }
            }
            return best;
        }
    }

    static double threshold(int step) {
        return Math.round((LOWEST + step * STEP) * 1000) / 1000.0;
    }

    static void run(Path nlpModels, IntentTaxonomy taxonomy, boolean write, PrintStream out) throws IOException {
        List<LabelledText> lines = new ArrayList<>(TrainingCorpus.read(nlpModels.resolve("intents/train")));
        Collections.shuffle(lines, new Random(42));
        Set<String> content = Set.copyOf(taxonomy.contentIntents());
        Map<Language, Curve> curves = new EnumMap<>(Language.class);
        Curve all = new Curve();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<DocumentSample> training = new ArrayList<>();
            List<LabelledText> heldOut = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LabelledText line = lines.get(i);
                if (i % FOLDS == fold) {
                    heldOut.add(line);
                } else {
                    training.add(new DocumentSample(line.label(), IntentTokens.of(line.language(), line.text())));
                }
            }
            DocumentCategorizerME model = new DocumentCategorizerME(CategorizerTrainer.train(training, new IntentFeatureGenerator()));
            for (LabelledText line : heldOut) {
                boolean outOfScope = line.label().equals(IntentTaxonomy.OUT_OF_SCOPE);
                if (!outOfScope && !content.contains(line.label())) {
                    continue;
                }
                double[] probabilities = model.categorize(IntentTokens.of(line.language(), line.text()));
                String predicted = model.getBestCategory(probabilities);
                double confidence = probabilities[model.getIndex(predicted)];
                for (Curve curve : List.of(all, curves.computeIfAbsent(line.language(), l -> new Curve()))) {
                    record(curve, outOfScope, content.contains(predicted), confidence);
                }
            }
            out.printf("fold %d of %d done%n", fold + 1, FOLDS);
        }
        print(out, "all languages", all);
        Map<Language, Double> chosen = new EnumMap<>(Language.class);
        curves.forEach((language, curve) -> {
            print(out, language.code(), curve);
            chosen.put(language, threshold(curve.best()));
        });
        out.printf("%nchosen thresholds: %s%n", chosen);
        if (write) {
            Path file = nlpModels.resolve(IntentThresholds.FILE);
            Files.writeString(file, IntentThresholds.format(chosen, "from intent-cv (" + FOLDS + "-fold cross-validation on"
                    + " intents/train) on " + LocalDate.now()));
            out.println("written to " + file);
        }
    }

    private static void record(Curve curve, boolean outOfScope, boolean predictedContent, double confidence) {
        if (outOfScope) {
            curve.outOfScope++;
        } else {
            curve.inScope++;
        }
        for (int step = 0; step < STEPS; step++) {
            boolean sure = confidence >= threshold(step);
            if (outOfScope && sure && predictedContent) {
                curve.outOfScopeAnswered[step]++;
            } else if (!outOfScope && !sure) {
                curve.inScopeAskedBack[step]++;
            }
        }
    }

    private static void print(PrintStream out, String title, Curve curve) {
        out.printf("%n%s: %d out-of-scope lines, %d in-scope lines%n", title, curve.outOfScope, curve.inScope);
        out.printf("%9s %28s %22s%n", "threshold", "out of scope, answered", "in scope, asked back");
        int best = curve.best();
        for (int step = 0; step < STEPS; step++) {
            out.printf("%9.3f %27.1f%% %21.1f%%%s%n", threshold(step), curve.answered(step), curve.askedBack(step),
                    step == best ? "  <- chosen" : "");
        }
    }
}
