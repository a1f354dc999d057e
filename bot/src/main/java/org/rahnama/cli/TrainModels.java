package org.rahnama.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.rahnama.intent.IntentModelTrainer;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageModelTrainer;
import org.rahnama.safety.CrisisModelTrainer;

/**
 * {@code java -jar rahnama.jar train [NLP_MODELS_DIR] [OUTPUT_DIR]}: trains the language, intent and crisis models from
 * the committed data. The build runs it on every {@code ./mvnw package}; maintainers run it after editing the
 * training data and point {@code rahnama.data.models} at the output.
 */
public final class TrainModels {

    private TrainModels() {
    }

    public static void main(String[] args) throws Exception {
        // OpenNLP reports every training iteration at INFO: keep the build log readable.
        if (org.slf4j.LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger opennlp) {
            opennlp.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Path data = Path.of(args.length > 0 ? args[0] : "nlp-models");
        Path out = Path.of(args.length > 1 ? args[1] : "models");
        Path taxonomy = data.resolveSibling("knowledge-base").resolve("intents.md");
        Set<String> intents = Set.copyOf(IntentTaxonomy.fromMarkdown(Files.readString(taxonomy)).ids());
        long start = System.nanoTime();
        // The language model's GIS trainer uses one core; the intent and crisis trainers (L-BFGS) use all of them but
        // leave gaps. Training the language model beside them keeps both cores busy. Each model is still trained
        // alone from its own data, so the models are the same as when trained one after the other.
        FutureTask<Integer> language = new FutureTask<>(() -> LanguageModelTrainer.train(data, out));
        Thread.ofPlatform().name("train-language").start(language);
        Map<Language, Integer> intentSamples = IntentModelTrainer.train(data, intents, out);
        long intentMs = (System.nanoTime() - start) / 1_000_000;
        int crisisSamples = CrisisModelTrainer.train(data, out);
        long crisisMs = (System.nanoTime() - start) / 1_000_000 - intentMs;
        int languageSamples = language.get();
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("Trained language model on %d samples, intent model %s in %d ms and crisis model on %d samples"
                + " in %d ms; %d ms in all -> %s%n", languageSamples, intentSamples, intentMs, crisisSamples, crisisMs, totalMs,
                out.toAbsolutePath());
    }
}
