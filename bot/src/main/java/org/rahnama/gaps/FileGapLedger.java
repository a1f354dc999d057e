package org.rahnama.gaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.rahnama.state.UserKey;

/**
 * The ledger without Redis: {@code counts.tsv} (rewritten whole on each change, by an atomic move) and
 * {@code questions.tsv} (appended; rewritten when questions are deleted) under the configured folder. One process
 * writes them; the methods are synchronized.
 */
final class FileGapLedger implements GapLedger {

    static final String COUNTS = "counts.tsv";
    static final String QUESTIONS = "questions.tsv";

    private final Path folder;
    private final Duration retention;
    private final Map<String, Long> counts = new TreeMap<>();

    FileGapLedger(Path folder, Duration retention) {
        this.folder = folder;
        this.retention = retention;
        for (String line : lines(COUNTS)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                try {
                    counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
                } catch (NumberFormatException e) {
                    // A line damaged by hand: the other counts still stand.
                }
            }
        }
    }

    @Override
    public synchronized void count(GapCounts.Unanswered question) {
        increment("unanswered\t" + GapLines.key(question));
    }

    @Override
    public synchronized void count(GapCounts.Vote vote) {
        increment("vote\t" + GapLines.key(vote));
    }

    private void increment(String key) {
        counts.merge(key, 1L, Long::sum);
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        write(COUNTS, text.toString());
    }

    @Override
    public synchronized void keep(UserKey person, KeptQuestion question) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(QUESTIONS), GapLines.question(person.value(), question) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void forget(UserKey person) {
        List<String> kept = lines(QUESTIONS).stream().filter(line -> !GapLines.person(line).equals(person.value())).toList();
        rewriteQuestions(kept);
    }

    @Override
    public synchronized GapCounts counts() {
        return new GapCounts(parse("unanswered\t", GapLines::unanswered), parse("vote\t", GapLines::vote));
    }

    private <K> Map<K, Long> parse(String prefix, Function<String, Optional<K>> parser) {
        Map<K, Long> parsed = new java.util.HashMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                parser.apply(key.substring(prefix.length())).ifPresent(k -> parsed.merge(k, value, Long::sum));
            }
        });
        return parsed;
    }

    @Override
    public synchronized List<KeptQuestion> questions(Instant now) {
        Instant oldest = now.minus(retention);
        List<String> young = new ArrayList<>();
        List<KeptQuestion> questions = new ArrayList<>();
        List<String> all = lines(QUESTIONS);
        for (String line : all) {
            Optional<KeptQuestion> question = GapLines.question(line);
            if (question.isPresent() && !question.get().at().isBefore(oldest)) {
                young.add(line);
                questions.add(question.get());
            }
        }
        if (young.size() != all.size()) {
            rewriteQuestions(young);
        }
        return questions;
    }

    @Override
    public synchronized void deleteExpired(Instant now) {
        questions(now);
    }

    private void rewriteQuestions(List<String> lines) {
        write(QUESTIONS, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    private List<String> lines(String file) {
        Path path = folder.resolve(file);
        try {
            return Files.isRegularFile(path) ? Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(file + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
