package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * What the bot remembers about a person between messages. Never the text of a message, never raw
 * coordinates: a location is kept as a postcode or a department.
 *
 * @param language   the language chosen or last detected, or null
 * @param postcode   the French postcode the person gave, or null
 * @param department the department (from the postcode or a shared location), or null
 * @param lastIntent the intent of the last answered question, or null
 * @param lastEntry  the knowledge-base entry last shown (for the "more" and "contacts" buttons), or null
 * @param caseworker whether the person forwards clients' questions (answers then come in two languages)
 */
public record Session(Language language, String postcode, String department, String lastIntent, String lastEntry,
                      boolean caseworker) {

    public static Session empty() {
        return new Session(null, null, null, null, null, false);
    }

    public Session withLanguage(Language value) {
        return new Session(value, postcode, department, lastIntent, lastEntry, caseworker);
    }

    public Session withLocation(String newPostcode, String newDepartment) {
        return new Session(language, newPostcode, newDepartment, lastIntent, lastEntry, caseworker);
    }

    public Session withLastAnswer(String intent, String entry) {
        return new Session(language, postcode, department, intent, entry, caseworker);
    }

    public Session asCaseworker() {
        return new Session(language, postcode, department, lastIntent, lastEntry, true);
    }
}
