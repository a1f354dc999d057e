package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes contacts in the directory's CSV format, the one maintainers edit. */
final class ContactCsv {

    private ContactCsv() {
    }

    static String write(List<Contact> contacts, String comment) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(java.util.stream.Stream.concat(ContactFiles.COLUMNS.stream(), ContactFiles.OPTIONAL_COLUMNS.stream()).toArray(String[]::new))
                .setCommentMarker('#').setHeaderComments(comment).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Contact c : contacts) {
                printer.printRecord(c.type(), c.name(), n(c.address()), n(c.postcode()), n(c.commune()),
                        String.join(" ", c.departments()), coordinate(c.latitude()), coordinate(c.longitude()), n(c.phone()),
                        n(c.email()), n(c.website()), n(c.hours()), n(c.languages()), c.source(), c.checked(),
                        c.appointment() == null ? "" : c.appointment() ? "yes" : "no", n(c.mobile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String coordinate(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.6f", d);
    }
}
