package org.rahnama.benchmarks;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.rahnama.RahnamaApplication;
import org.rahnama.language.LanguageDetector;
import org.rahnama.language.SharedFormulae;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Our detector against the anchors on the same held-out files ({@code lang<TAB>text<TAB>tag}): OpenNLP's
 * langdetect-183 model and Lingua (restricted to the languages it has: Arabic, Persian, English, French, which
 * only helps it). Persian answers count as Dari for the anchors, Pashto as Pashto: the most generous reading.
 */
public final class LanguageAnchors {

    private LanguageAnchors() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"nlp-models/language/test"} : args) {
            Path path = Path.of(arg);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                for (Path file : files.sorted().toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String[] f = line.split("\t");
                        if (f.length >= 2 && !line.startsWith("#")) {
                            rows.add(f);
                        }
                    }
                }
            }
        }
        Map<String, Function<String, String>> detectors = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RahnamaApplication.class)
                .web(WebApplicationType.NONE).properties("logging.level.root=WARN", "spring.main.banner-mode=off").run()) {
            LanguageDetector ours = context.getBean(LanguageDetector.class);
            detectors.put("Rahnama", text -> ours.detect(text).asOptional().map(l -> l.code()).orElse("?"));
            LanguageDetectorME opennlp;
            try (InputStream in = LanguageAnchors.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
                opennlp = new LanguageDetectorME(new LanguageDetectorModel(in));
            }
            detectors.put("OpenNLP langdetect-183", text -> switch (opennlp.predictLanguage(text).getLang()) {
                case "ara", "arz", "ary" -> "ar";
                case "pes", "prs", "fas" -> "prs";
                case "pus", "pbt" -> "ps";
                case "tir" -> "ti";
                case "eng" -> "en";
                case "fra" -> "fr";
                default -> "?";
            });
            var lingua = LanguageDetectorBuilder.Companion.fromLanguages(com.github.pemistahl.lingua.api.Language.ARABIC,
                    com.github.pemistahl.lingua.api.Language.PERSIAN, com.github.pemistahl.lingua.api.Language.ENGLISH,
                    com.github.pemistahl.lingua.api.Language.FRENCH).build();
            detectors.put("Lingua (ar, fa, en, fr)", text -> switch (lingua.detectLanguageOf(text)) {
                case ARABIC -> "ar";
                case PERSIAN -> "prs";
                case ENGLISH -> "en";
                case FRENCH -> "fr";
                default -> "?";
            });
            System.out.printf("%d held-out messages%n%n", rows.size());
            System.out.printf("| detector | overall | %s | 1-3 words | 1-3 words carrying language | romanized | µs/message |%n",
                    String.join(" | ", List.of("ar", "ps", "prs", "ti", "en", "fr")));
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (Map.Entry<String, Function<String, String>> detector : detectors.entrySet()) {
                Map<String, int[]> tally = new TreeMap<>();
                long start = System.nanoTime();
                for (String[] row : rows) {
                    boolean hit = detector.getValue().apply(row[1]).equals(row[0]);
                    add(tally, "all", hit);
                    add(tally, row[0], hit);
                    if (row[1].strip().split("\\s+").length <= 3) {
                        add(tally, "short", hit);
                        if (!SharedFormulae.only(row[1])) {
                            add(tally, "short-carrying", hit);
                        }
                    }
                    if (row.length > 2 && row[2].strip().equals("romanized")) {
                        add(tally, "romanized", hit);
                    }
                }
                double micros = (System.nanoTime() - start) / 1000.0 / rows.size();
                StringBuilder line = new StringBuilder("| " + detector.getKey() + " | " + pct(tally, "all"));
                for (String lang : List.of("ar", "ps", "prs", "ti", "en", "fr")) {
                    line.append(" | ").append(pct(tally, lang));
                }
                line.append(" | ").append(pct(tally, "short")).append(" | ").append(pct(tally, "short-carrying"))
                        .append(" | ").append(pct(tally, "romanized"))
                        .append(String.format(" | %.1f |", micros));
                System.out.println(line);
            }
        }
    }

    private static void add(Map<String, int[]> tally, String key, boolean hit) {
        int[] c = tally.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    private static String pct(Map<String, int[]> tally, String key) {
        int[] c = tally.get(key);
        return c == null ? "–" : String.format("%.1f%%", 100.0 * c[0] / c[1]);
    }
}
