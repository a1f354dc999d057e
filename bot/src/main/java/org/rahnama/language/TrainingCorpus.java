package org.rahnama.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the training files of {@code nlp-models/}: {@code LANG.tsv} / {@code LANG-latn.tsv} with
 * {@code label<TAB>text} lines, and {@code LANG.txt} / {@code LANG-latn.txt} with one message a line.
 * The language comes from the file name so that a line can never be mislabelled by hand.
 */
public final class TrainingCorpus {

    private TrainingCorpus() {
    }

    public static List<LabelledText> read(Path folder) {
        List<LabelledText> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean tsv = name.endsWith(".tsv");
                if (!tsv && !name.endsWith(".txt")) {
                    continue;
                }
                String stem = name.substring(0, name.lastIndexOf('.'));
                boolean romanized = stem.endsWith("-latn");
                String code = romanized ? stem.substring(0, stem.length() - 5) : stem;
                Language language = Language.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException(file + ": the file name must start with a language code"));
                int lineNumber = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lineNumber++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (tsv) {
                        int tab = line.indexOf('\t');
                        if (tab <= 0) {
                            throw new IllegalArgumentException(file + ":" + lineNumber + ": expected label<TAB>text");
                        }
                        lines.add(new LabelledText(language, line.substring(0, tab).trim(), line.substring(tab + 1).trim(), romanized));
                    } else {
                        lines.add(new LabelledText(language, "", line.trim(), romanized));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
