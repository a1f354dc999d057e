package org.rahnama.conversation;

import java.util.List;
import org.rahnama.contacts.NearbyContact;
import org.rahnama.gaps.Reason;
import org.rahnama.state.Session;

/**
 * What a handler decided for one turn. {@link Conversation} turns it into the one {@link Reply}, its
 * {@link AskResult} and the log line, after the helplines when the message spoke of a crisis.
 *
 * @param intent           the intent answered or asked about, or null
 * @param intentConfidence the classifier's confidence when it read the text, or null
 * @param entry            the knowledge-base entry shown, or null
 * @param session          the session after the turn; null when the person asked to forget everything
 * @param teamPosts        messages for the caseworkers' group (the hand-off), in French
 * @param unanswered       why a question got no entry, or null when it was answered or was no question
 */
record Outcome(List<String> messages, List<Button> buttons, boolean askLocation, List<NearbyContact> contacts,
               String intent, Double intentConfidence, String entry, String title, Session session,
               List<String> teamPosts, Reason unanswered) {

    Outcome(List<String> messages, List<Button> buttons, boolean askLocation, List<NearbyContact> contacts,
            String intent, Double intentConfidence, String entry, String title, Session session) {
        this(messages, buttons, askLocation, contacts, intent, intentConfidence, entry, title, session, List.of(), null);
    }

    static Outcome say(Session session, List<String> messages, List<Button> buttons) {
        return new Outcome(messages, buttons, false, List.of(), null, null, null, null, session);
    }

    static Outcome withContacts(Session session, List<String> messages, List<Button> buttons, List<NearbyContact> contacts) {
        return new Outcome(messages, buttons, false, contacts, null, null, null, null, session);
    }

    /** The same outcome reported as the answer to what the classifier read (an entry may serve several intents). */
    Outcome about(String readIntent, Double confidence) {
        return new Outcome(messages, buttons, askLocation, contacts, readIntent, confidence, entry, title, session,
                teamPosts, unanswered);
    }

    /** The same outcome, counted as a question the bot could not answer. */
    Outcome unanswered(Reason reason) {
        return new Outcome(messages, buttons, askLocation, contacts, intent, intentConfidence, entry, title, session,
                teamPosts, reason);
    }

    Outcome postingToTeam(List<String> posts) {
        return new Outcome(messages, buttons, askLocation, contacts, intent, intentConfidence, entry, title, session,
                posts, unanswered);
    }

    Outcome withButtons(List<Button> value) {
        return new Outcome(messages, value, askLocation, contacts, intent, intentConfidence, entry, title, session,
                teamPosts, unanswered);
    }

    /** The channel offers to share a location (Telegram's location button). */
    Outcome askingLocation() {
        return new Outcome(messages, buttons, true, contacts, intent, intentConfidence, entry, title, session, teamPosts,
                unanswered);
    }
}
