package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The ANCT list of France Services (data.gouv.fr): one row per office, hours per weekday. */
final class FranceServicesImport {

    private static final List<String> DAY_COLUMNS = List.of("h_lundi", "h_mardi", "h_mercredi", "h_jeudi", "h_vendredi", "h_samedi");

    private FranceServicesImport() {
    }

    static ContactImporter.Imported read(String content, String department, String source, String checked) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Contact> contacts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (String column : List.of("lib_fs", "adresse", "code_postal", "lib_com")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalArgumentException("not an ANCT France Services file: no column '" + column + "'");
                }
            }
            for (CSVRecord row : parser) {
                String postcode = get(row, "code_postal");
                String dep = get(row, "insee_dep");
                if (dep == null) {
                    dep = Postcodes.department(postcode).orElse(null);
                }
                if (dep == null || get(row, "lib_fs") == null) {
                    skipped.add("line " + parser.getCurrentLineNumber() + ": no department or no name");
                    continue;
                }
                if (department != null && !department.equals(dep)) {
                    continue;
                }
                List<String> days = new ArrayList<>();
                DAY_COLUMNS.forEach(d -> days.add(OpeningHours.ranges(get(row, d))));
                String address = join(get(row, "adresse"), get(row, "complement_adresse"));
                String id = get(row, "id_fs");
                contacts.add(new Contact("france-services", get(row, "lib_fs"), address, postcode, get(row, "lib_com"),
                        List.of(dep), number(get(row, "latitude")), number(get(row, "longitude")), get(row, "telephone"),
                        get(row, "mail"), null, empty(OpeningHours.week(days)), null,
                        id == null ? source : source + " (id_fs " + id + ")", checked, appointment(get(row, "prise_rdv")),
                        mobile(get(row, "format_fs"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContactImporter.Imported(contacts, skipped);
    }

    /** {@code prise_rdv}: "Oui" when a visit needs an appointment. */
    private static Boolean appointment(String value) {
        return value == null ? null : value.equalsIgnoreCase("oui") ? Boolean.TRUE : value.equalsIgnoreCase("non") ? Boolean.FALSE : null;
    }

    /** {@code format_fs}: a bus or an itinerant office is not always at its address. */
    private static String mobile(String format) {
        if (format == null) {
            return null;
        }
        String folded = format.toLowerCase(java.util.Locale.ROOT);
        return folded.startsWith("bus") ? "bus" : folded.startsWith("itin") ? "itinerant" : null;
    }

    static String get(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }

    static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
