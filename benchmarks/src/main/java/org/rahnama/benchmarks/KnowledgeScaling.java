package org.rahnama.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.rahnama.RahnamaApplication;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolder;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.EntryText;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Index build time, heap and search latency for synthetic knowledge bases of 50 / 1,000 / 10,000 entries in six
 * languages. The synthetic entries reuse sentences of the shipped entries of each language (shuffled), so the
 * vocabulary and text lengths are realistic.
 */
public final class KnowledgeScaling {

    private KnowledgeScaling() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RahnamaApplication.class)
                .web(WebApplicationType.NONE).properties("logging.level.root=WARN", "spring.main.banner-mode=off").run()) {
            IntentTaxonomy taxonomy = context.getBean(IntentTaxonomy.class);
            ContactTypes types = context.getBean(ContactTypes.class);
            List<Entry> shipped = new ArrayList<>(context.getBean(KnowledgeBase.class).entries());
            System.out.println("| entries x 6 languages | files | entries indexed | index build | heap used after build | search p50 | search p99 |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int size : args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {50, 1000, 10000}) {
                Path folder = Files.createTempDirectory("kb-scaling");
                int files = write(folder, shipped, taxonomy.contentIntents(), size);
                System.gc();
                long heapBefore = usedHeap();
                long start = System.nanoTime();
                KnowledgeBase kb = KnowledgeBase.of(DataFolder.onDisk("knowledge-base", folder), taxonomy, types);
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                long heapMb = (usedHeap() - heapBefore) / (1024 * 1024);
                List<Long> times = new ArrayList<>();
                Random random = new Random(1);
                List<String[]> queries = PipelineBenchmark.heldOut(Path.of("nlp-models/intents/test"));
                for (int i = 0; i < 20_000; i++) {
                    String[] q = queries.get(random.nextInt(queries.size()));
                    Language language = Language.fromCode(q[0]).orElseThrow();
                    long t = System.nanoTime();
                    // A number makes every question new to the answer cache: this measures the search.
                    kb.answer(language, q[2] + " " + i, List.of(q[1]));
                    if (i >= 5_000) {
                        times.add(System.nanoTime() - t);
                    }
                }
                Collections.sort(times);
                System.out.printf("| %,d | %,d | %,d | %.2f s | %d MB | %.3f ms | %.3f ms |%n", size, files, kb.entries().size(), buildSeconds, heapMb,
                        times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.99)) / 1e6);
                deleteRecursively(folder);
            }
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static int write(Path folder, List<Entry> shipped, List<String> intents, int size) throws IOException {
        Random random = new Random(size);
        int files = 0;
        for (int i = 0; i < size; i++) {
            Entry model = shipped.get(i % shipped.size());
            String id = "synthetic-" + i;
            Path dir = folder.resolve("entries/synthetic/" + id);
            Files.createDirectories(dir);
            String intent = intents.get(random.nextInt(intents.size()));
            for (Language language : Language.values()) {
                EntryText text = model.text(language).orElse(model.texts().get(Language.FR));
                // Headings dropped: a shuffled "## Steps" in first place would leave the short answer empty (a lint error).
                String prose = text.summary() + " " + text.details().replaceAll("(?m)^#.*$", " ");
                List<String> sentences = new ArrayList<>(List.of(prose.strip().split("(?<=[.!?።؟])\\s+")));
                Collections.shuffle(sentences, random);
                String body = String.join(" ", sentences.subList(0, Math.min(4, sentences.size()))) + "\n\n## More\n"
                        + String.join(" ", sentences.subList(Math.min(4, sentences.size()), sentences.size()));
                String front = language == Language.FR
                        ? "---\nid: " + id + "\ntitle: \"" + text.title().replace("\"", "'") + " " + i + "\"\nintents: [" + intent
                        + "]\ncontacts: []\nsources: [https://www.service-public.fr]\nchecked: 2026-11-01\nupdated: 2026-11-01\n---\n"
                        : "---\ntitle: \"" + text.title().replace("\"", "'") + " " + i + "\"\ntranslated-from: 2026-11-01\n---\n";
                Files.writeString(dir.resolve(language.code() + ".md"), front + body);
                files++;
            }
        }
        return files;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
