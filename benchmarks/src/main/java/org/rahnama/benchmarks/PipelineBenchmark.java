package org.rahnama.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rahnama.RahnamaApplication;
import org.rahnama.contacts.ContactDirectory;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.Reply;
import org.rahnama.intent.IntentClassifier;
import org.rahnama.intent.IntentPrediction;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageDetector;
import org.rahnama.language.LanguageGuess;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each stage and the whole pipeline on the held-out messages of all six languages, with the shipped knowledge
 * base. SampleTime gives p50/p99; run with {@code -t 1} and {@code -t 2} for one and two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {

    private ConfigurableApplicationContext context;
    private LanguageDetector detector;
    private IntentClassifier classifier;
    private KnowledgeBase knowledgeBase;
    private ContactDirectory directory;
    private Conversation conversation;
    private List<String[]> messages;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong user = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = new SpringApplicationBuilder(RahnamaApplication.class).web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off").run();
        detector = context.getBean(LanguageDetector.class);
        classifier = context.getBean(IntentClassifier.class);
        knowledgeBase = context.getBean(KnowledgeBase.class);
        directory = context.getBean(ContactDirectory.class);
        conversation = context.getBean(Conversation.class);
        messages = heldOut(Path.of("nlp-models/intents/test"));
    }

    /** lang, intent, text rows of the held-out intent set. */
    static List<String[]> heldOut(Path folder) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t");
                    if (f.length >= 3 && !line.startsWith("#")) {
                        rows.add(f);
                    }
                }
            }
        }
        return rows;
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    private String[] message() {
        return messages.get((int) (next.getAndIncrement() % messages.size()));
    }

    @Benchmark
    public LanguageGuess languageDetection() {
        return detector.detect(message()[2]);
    }

    @Benchmark
    public IntentPrediction intentClassification() {
        String[] m = message();
        return classifier.classify(Language.fromCode(m[0]).orElseThrow(), m[2]);
    }

    @Benchmark
    public List<Entry> knowledgeSearch() {
        String[] m = message();
        return knowledgeBase.search(Language.fromCode(m[0]).orElseThrow(), m[2], 3);
    }

    @Benchmark
    public List<NearbyContact> nearestContacts() {
        return directory.find(List.of("cmp", "france-services", "ccas"), null, 44.9 + (next.getAndIncrement() % 100) / 1000.0, 6.64, 2);
    }

    @Benchmark
    public Reply wholePipeline() {
        String[] m = message();
        return conversation.handle(IncomingMessage.text("bench", Long.toString(user.getAndIncrement() % 10_000), m[2]));
    }
}
