package org.rahnama.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rahnama.language.Language;

/** Reads evaluation TSV files (a file, or every .tsv of a folder): rows of at least N columns. */
final class EvalFile {

    /** A labelled message of the intent and safety sets: {@code lang<TAB>label<TAB>text}. */
    record Labelled(Language language, String label, String text) {
    }

    private EvalFile() {
    }

    static List<Labelled> labelled(List<String> paths, String format) {
        List<Labelled> labelled = new ArrayList<>();
        for (String[] row : read(paths, 3, format)) {
            Language language = Language.fromCode(row[0].strip())
                    .orElseThrow(() -> new CommandLine.UsageException("unknown language " + row[0]));
            labelled.add(new Labelled(language, row[1].strip(), row[2]));
        }
        return labelled;
    }

    static List<String[]> read(List<String> paths, int minColumns, String format) {
        List<String[]> rows = new ArrayList<>();
        for (String arg : paths) {
            for (Path file : files(Path.of(arg))) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] cells = line.split("\t", -1);
                        if (cells.length < minColumns) {
                            throw new CommandLine.UsageException(file + ":" + (i + 1) + ": expected " + format);
                        }
                        rows.add(cells);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new CommandLine.UsageException("no evaluation rows in " + paths + " (expected " + format + ")");
        }
        return rows;
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
