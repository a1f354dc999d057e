package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * What the bot remembers about a person between messages: only what a feature reads. Never the text of a message,
 * never raw coordinates: a location is kept as a postcode or a department.
 *
 * @param language   the language chosen or last detected, or null
 * @param postcode   the French postcode the person gave (its point ranks offices by distance), or null
 * @param department the department (from the postcode or a shared location), or null
 * @param lastEntry  the knowledge-base entry last shown (for the "more" and "contacts" buttons), or null
 */
public record Session(Language language, String postcode, String department, String lastEntry) {

    public static Session empty() {
        return new Session(null, null, null, null);
    }

    public Session withLanguage(Language value) {
        return new Session(value, postcode, department, lastEntry);
    }

    public Session withLocation(String newPostcode, String newDepartment) {
        return new Session(language, newPostcode, newDepartment, lastEntry);
    }

    public Session withLastEntry(String entry) {
        return new Session(language, postcode, department, entry);
    }
}
