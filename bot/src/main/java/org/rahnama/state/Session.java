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
 * @param sharesQuestions whether the person said yes to keeping the questions the bot cannot answer for the editors
 * @param ticket     the conversation with the team: null when none, {@link #TICKET_WANTED} once the person said yes and
 *                   the next message goes to the team, else the number of the open ticket
 */
public record Session(Language language, String postcode, String department, String lastEntry, boolean sharesQuestions,
                      String ticket) {

    public static final String TICKET_WANTED = "new";

    public static Session empty() {
        return new Session(null, null, null, null, false, null);
    }

    public Session withLanguage(Language value) {
        return new Session(value, postcode, department, lastEntry, sharesQuestions, ticket);
    }

    public Session withLocation(String newPostcode, String newDepartment) {
        return new Session(language, newPostcode, newDepartment, lastEntry, sharesQuestions, ticket);
    }

    public Session withLastEntry(String entry) {
        return new Session(language, postcode, department, entry, sharesQuestions, ticket);
    }

    public Session sharingQuestions() {
        return new Session(language, postcode, department, lastEntry, true, ticket);
    }

    public Session withTicket(String value) {
        return new Session(language, postcode, department, lastEntry, sharesQuestions, value);
    }
}
