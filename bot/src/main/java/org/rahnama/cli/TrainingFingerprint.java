package org.rahnama.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the trained models were made from: the training data, the taxonomy and the compiled code that reads, featurises
 * and trains (the {@code language}, {@code intent}, {@code safety} and {@code training} packages). The build retrains only when this
 * changes: unchanged data and code give the same models, and training is the longest step of a build.
 */
final class TrainingFingerprint {

    static final String FILE = "training.sha256";
    private static final List<String> MODEL_FILES = List.of("language.bin", "intent.bin", "crisis.bin");
    private static final List<String> TRAINING_CODE = List.of("org/rahnama/language", "org/rahnama/intent", "org/rahnama/safety",
            "org/rahnama/training");

    /** Read by the running bot, never by training (the thresholds intent-cv chooses): editing it retrains nothing. */
    private static final String RUNTIME_ONLY = "thresholds.tsv";

    private TrainingFingerprint() {
    }

    static String of(Path data, Path taxonomy, Path classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, data, data);
            add(digest, taxonomy.getParent(), taxonomy);
            for (String code : TRAINING_CODE) {
                add(digest, classes, classes.resolve(code));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the models in {@code out} were trained from exactly this. */
    static boolean current(Path out, String fingerprint) {
        try {
            return MODEL_FILES.stream().allMatch(f -> Files.isRegularFile(out.resolve(f)))
                    && Files.isRegularFile(out.resolve(FILE)) && Files.readString(out.resolve(FILE)).strip().equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    static void record(Path out, String fingerprint) throws IOException {
        Files.writeString(out.resolve(FILE), fingerprint + "\n");
    }

    private static void add(MessageDigest digest, Path base, Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(RUNTIME_ONLY))
                    .sorted().toList()) {
                digest.update(base.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
