package org.rahnama.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Load time and heap of the trained models, read from {@code bot/target/classes/models} (built by the package step).
 */
public final class ModelFootprint {

    private ModelFootprint() {
    }

    public static void main(String[] args) throws Exception {
        org.rahnama.language.OpenNlpExtensions.allowOurs();
        Path models = Path.of(args.length > 0 ? args[0] : "bot/target/classes/models");
        System.out.println("| model | file size | load time | heap |");
        System.out.println("|---|---|---|---|");
        measure(models.resolve("language.bin"), true);
        measure(models.resolve("intent.bin"), false);
    }

    private static void measure(Path file, boolean language) throws Exception {
        Object keep = null;
        long best = Long.MAX_VALUE;
        long heap = 0;
        for (int i = 0; i < 5; i++) {
            keep = null;
            System.gc();
            long before = used();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                keep = language ? new LanguageDetectorModel(in) : new DoccatModel(in);
            }
            best = Math.min(best, System.nanoTime() - start);
            System.gc();
            heap = used() - before;
        }
        System.out.printf("| %s | %.1f MB | %.0f ms | %.1f MB |%n", file.getFileName(), Files.size(file) / 1e6, best / 1e6,
                heap / 1e6 + (keep == null ? 0 : 0));
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
