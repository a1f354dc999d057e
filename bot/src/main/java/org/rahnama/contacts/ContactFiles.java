package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the contact CSV files maintainers edit ({@code knowledge-base/contacts/**.csv}). Columns:
 * {@code type,name,address,postcode,commune,departments,latitude,longitude,phone,email,website,hours,languages,source,checked};
 * {@code departments} lists the department codes served, separated by spaces (empty for a national service).
 * Optional columns: {@code appointment} ({@code yes}/{@code no}: is an appointment needed) and {@code mobile}
 * ({@code bus} or {@code itinerant} for an office that travels).
 */
final class ContactFiles {

    static final List<String> COLUMNS = List.of("type", "name", "address", "postcode", "commune", "departments",
            "latitude", "longitude", "phone", "email", "website", "hours", "languages", "source", "checked");
    static final List<String> OPTIONAL_COLUMNS = List.of("appointment", "mobile");
    /** Tables under {@code contacts/} that are not contacts: places, not services. */
    private static final Set<String> TABLES = Set.of("contacts/academies.csv", "contacts/postcodes.csv", "contacts/place-names.csv");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private ContactFiles() {
    }

    /** A problem in a contact file, naming the file and line so a maintainer can fix it. */
    static final class InvalidContactFile extends RuntimeException {
        InvalidContactFile(String file, long line, String problem) {
            super(file + ":" + line + ": " + problem);
        }
    }

    /** Whether a file of the knowledge base holds contacts (the directory reads it, the lint checks it as such). */
    static boolean isContactFile(String path) {
        return path.startsWith("contacts/") && path.endsWith(".csv") && !TABLES.contains(path);
    }

    static List<Contact> parse(String file, String content, Set<String> knownTypes) {
        List<Contact> contacts = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!header.containsAll(COLUMNS)) {
                List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
                throw new InvalidContactFile(file, 1, "missing columns " + missing);
            }
            for (CSVRecord row : parser) {
                contacts.add(toContact(file, row, knownTypes));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidContactFile(file, 0, "not a valid CSV file: " + e.getMessage());
        }
        return contacts;
    }

    private static Contact toContact(String file, CSVRecord row, Set<String> knownTypes) {
        long line = row.getParser().getCurrentLineNumber();
        String type = row.get("type");
        if (!knownTypes.contains(type)) {
            throw new InvalidContactFile(file, line, "unknown contact type '" + type + "'");
        }
        if (blank(row.get("name"))) {
            throw new InvalidContactFile(file, line, "a contact needs a name");
        }
        if (blank(row.get("source"))) {
            throw new InvalidContactFile(file, line, "'" + row.get("name") + "' has no source: say where its details come from");
        }
        try {
            LocalDate.parse(row.get("checked"));
        } catch (DateTimeParseException e) {
            throw new InvalidContactFile(file, line, "'" + row.get("name") + "' needs a checked date as YYYY-MM-DD");
        }
        if (blank(row.get("phone")) && blank(row.get("website")) && blank(row.get("address")) && blank(row.get("email"))) {
            throw new InvalidContactFile(file, line, "'" + row.get("name") + "' has no phone, address, email or website");
        }
        List<String> departments = blank(row.get("departments")) ? List.of()
                : Arrays.stream(row.get("departments").split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
        return new Contact(type, row.get("name"), orNull(row.get("address")), orNull(row.get("postcode")),
                orNull(row.get("commune")), departments, coordinate(file, line, row.get("latitude")),
                coordinate(file, line, row.get("longitude")), orNull(row.get("phone")), orNull(row.get("email")),
                orNull(row.get("website")), orNull(row.get("hours")), orNull(row.get("languages")), row.get("source"),
                row.get("checked"), appointment(file, line, optional(row, "appointment")), mobile(file, line, optional(row, "mobile")));
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? orNull(row.get(column)) : null;
    }

    private static Boolean appointment(String file, long line, String value) {
        return switch (value == null ? "" : value) {
            case "" -> null;
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidContactFile(file, line, "appointment is 'yes', 'no' or empty, not '" + value + "'");
        };
    }

    private static String mobile(String file, long line, String value) {
        if (value != null && !value.equals("bus") && !value.equals("itinerant")) {
            throw new InvalidContactFile(file, line, "mobile is 'bus', 'itinerant' or empty, not '" + value + "'");
        }
        return value;
    }

    private static Double coordinate(String file, long line, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidContactFile(file, line, "'" + value + "' is not a coordinate");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s;
    }
}
