package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rahnama.data.DataFolder;

/**
 * Checks every CSV file of a knowledge-base folder's {@code contacts/}; each problem names file and line. Contact
 * files are read as the directory reads them; the other tables (the académie of each department) must still say
 * where every row comes from and when it was checked.
 */
public final class ContactLint {

    private static final CSVFormat TABLE = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private final ContactTypes types;

    public ContactLint(ContactTypes types) {
        this.types = types;
    }

    public List<String> check(DataFolder knowledgeBase) {
        List<String> problems = new ArrayList<>();
        for (String path : knowledgeBase.list(".csv")) {
            if (!path.startsWith("contacts/")) {
                continue;
            }
            try {
                String file = knowledgeBase.describe(path);
                if (ContactFiles.isContactFile(path)) {
                    ContactFiles.parse(file, knowledgeBase.read(path), types.all());
                } else {
                    problems.addAll(sourcedTable(file, knowledgeBase.read(path)));
                }
            } catch (ContactFiles.InvalidContactFile e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(knowledgeBase.describe(path) + ": cannot be read: " + e.getMessage());
            }
        }
        return problems;
    }

    static List<String> sourcedTable(String file, String content) {
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), TABLE)) {
            if (!parser.getHeaderNames().containsAll(List.of("source", "checked"))) {
                return List.of(file + ":1: needs the columns 'source' and 'checked' (where each row comes from, and when it was checked)");
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.get("source").isBlank()) {
                    problems.add(file + ":" + line + ": no source: say where this row comes from");
                }
                try {
                    LocalDate.parse(row.get("checked"));
                } catch (DateTimeParseException e) {
                    problems.add(file + ":" + line + ": needs a checked date as YYYY-MM-DD");
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(file + ":0: not a valid CSV file: " + e.getMessage());
        }
        return problems;
    }
}
