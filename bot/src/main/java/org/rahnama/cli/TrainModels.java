package org.rahnama.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.rahnama.intent.IntentModelTrainer;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageModelTrainer;
import org.rahnama.language.OpenNlpExtensions;
import org.rahnama.safety.CrisisModelTrainer;

/**
 * {@code java -jar rahnama.jar train [NLP_MODELS_DIR] [OUTPUT_DIR]}: trains the language, intent and crisis models from
 * the committed data; maintainers run it after editing the training data and point {@code rahnama.data.models} at the
 * output. The build runs it with {@code --unless-unchanged CLASSES_DIR}: then nothing is trained when the data and the
 * training code are those the models in OUTPUT_DIR were made from.
 */
public final class TrainModels {

    private TrainModels() {
    }

    public static void main(String[] args) throws Exception {
        OpenNlpExtensions.quietTraining();
        Path data = Path.of(args.length > 0 ? args[0] : "nlp-models");
        Path out = Path.of(args.length > 1 ? args[1] : "models");
        Path taxonomy = data.resolveSibling("knowledge-base").resolve("intents.md");
        String fingerprint = args.length > 3 && args[2].equals("--unless-unchanged")
                ? TrainingFingerprint.of(data, taxonomy, Path.of(args[3])) : null;
        if (fingerprint != null && TrainingFingerprint.current(out, fingerprint)) {
            System.err.println("Models in " + out.toAbsolutePath() + " are current (same training data and code): not retrained");
            return;
        }
        Set<String> intents = Set.copyOf(IntentTaxonomy.fromMarkdown(Files.readString(taxonomy)).ids());
        long start = System.nanoTime();
        // Much of each trainer's work is single-threaded (OpenNLP's GIS for languages, the L-BFGS updates for intents
        // and crises), so the three run side by side to keep every core busy. Each model is still trained alone from
        // its own data: the models are the same as when trained one after the other.
        Timed<Integer> language = Timed.start("language", start, () -> LanguageModelTrainer.train(data, out));
        Timed<Integer> crisis = Timed.start("crisis", start, () -> CrisisModelTrainer.train(data, out));
        Timed<Map<Language, Integer>> intent = Timed.start("intent", start, () -> IntentModelTrainer.train(data, intents, out));
        int languageSamples = language.result();
        int crisisSamples = crisis.result();
        Map<Language, Integer> intentSamples = intent.result();
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("Trained the language model on %d samples in %d ms, the intent model on %s in %d ms and the crisis"
                + " model on %d samples in %d ms; %d ms in all -> %s%n", languageSamples, language.millis(), intentSamples,
                intent.millis(), crisisSamples, crisis.millis(), totalMs, out.toAbsolutePath());
        if (fingerprint != null) {
            TrainingFingerprint.record(out, fingerprint);
        }
    }

    /** A model trained on its own thread, and how long it took from the common start. */
    private static final class Timed<T> {

        private final FutureTask<T> task;
        private volatile long millis;

        private Timed(Callable<T> training, long start) {
            this.task = new FutureTask<>(() -> {
                T result = training.call();
                millis = (System.nanoTime() - start) / 1_000_000;
                return result;
            });
        }

        static <T> Timed<T> start(String model, long start, Callable<T> training) {
            Timed<T> timed = new Timed<>(training, start);
            Thread.ofPlatform().name("train-" + model).start(timed.task);
            return timed;
        }

        /** The trainer's result, or its own exception (a bad training line names itself). */
        T result() throws Exception {
            try {
                return task.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        long millis() {
            return millis;
        }
    }
}
