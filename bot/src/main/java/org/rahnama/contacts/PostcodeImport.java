package org.rahnama.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * La Poste's postcodes with their communes and a point for each ({@code code_postal;libelle_acheminement;latitude;
 * longitude;nom_commune;nom_commune_complet;code_departement;...}) → {@code contacts/postcodes.csv}. The file drops
 * leading zeros ({@code 5100} is 05100) and gives overseas collectivities odd department codes, so both are
 * rebuilt from the postcode.
 */
final class PostcodeImport {

    static final List<String> COLUMNS = List.of("postcode", "commune", "routing", "department", "latitude", "longitude", "source", "checked");

    private PostcodeImport() {
    }

    static ContactImporter.PostcodeTable read(String content, String source, String checked, String comment) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CSVFormat in = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        CSVFormat out = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).setCommentMarker('#')
                .setHeaderComments(comment).setRecordSeparator("\n").get();
        List<String> skipped = new ArrayList<>();
        int rows = 0;
        StringWriter csv = new StringWriter();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), in); CSVPrinter printer = new CSVPrinter(csv, out)) {
            for (String column : List.of("code_postal", "nom_commune_complet", "latitude", "longitude", "code_departement")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalArgumentException("not a La Poste postcode file: no column '" + column + "'");
                }
            }
            for (CSVRecord row : parser) {
                String postcode = "0".repeat(Math.max(0, 5 - row.get("code_postal").length())) + row.get("code_postal");
                if (!Postcodes.isPostcode(postcode) || row.get("nom_commune_complet").isEmpty()) {
                    skipped.add("line " + parser.getCurrentLineNumber() + ": no postcode or no commune");
                    continue;
                }
                printer.printRecord(postcode, row.get("nom_commune_complet"), row.isMapped("libelle_acheminement") ? row.get("libelle_acheminement") : "",
                        department(postcode, row.get("code_departement")), row.get("latitude"), row.get("longitude"), source, checked);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContactImporter.PostcodeTable(csv.toString(), rows, skipped);
    }

    /** Metropolitan departments as the file says (zero-padded; 2A, 2B); overseas ones from the postcode's first three digits. */
    static String department(String postcode, String given) {
        if (postcode.startsWith("97") || postcode.startsWith("98")) {
            return postcode.startsWith("97133") ? "977" : postcode.startsWith("97150") ? "978" : postcode.substring(0, 3);
        }
        return given.length() == 1 ? "0" + given : given;
    }
}
