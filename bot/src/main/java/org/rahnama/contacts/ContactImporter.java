package org.rahnama.contacts;

import java.util.List;

/**
 * Loads an official open-data file into the directory's format: {@code france-services} (ANCT list, CSV),
 * {@code finess} (FINESS establishments extraction; CMP = category 156), {@code service-public} (the
 * "Annuaire de l'administration" JSON). Only what the file says is kept; nothing is completed by guess.
 */
public final class ContactImporter {

    /** The result of an import: the contacts, and the rows that were skipped with why. */
    public record Imported(List<Contact> contacts, List<String> skipped) {

        public String csv(String comment) {
            return ContactCsv.write(contacts, comment);
        }
    }

    /** La Poste's postcodes as {@code contacts/postcodes.csv}: how many rows were written, and the rows skipped with why. */
    public record PostcodeTable(String csv, int rows, List<String> skipped) {
    }

    private ContactImporter() {
    }

    public static PostcodeTable postcodes(String content, String source, String checked, String comment) {
        return PostcodeImport.read(content, source, checked, comment);
    }

    /**
     * @param department keep only this department, or null for all
     * @param source     where the file comes from (recorded on every contact)
     * @param checked    the date the file was downloaded
     */
    public static Imported run(String format, String content, String department, String source, String checked) {
        return switch (format) {
            case "france-services" -> FranceServicesImport.read(content, department, source, checked);
            case "finess" -> FinessImport.read(content, department, source, checked);
            case "service-public" -> ServicePublicImport.read(content, department, source, checked);
            default -> throw new IllegalArgumentException("unknown format '" + format + "': france-services, finess or service-public");
        };
    }
}
