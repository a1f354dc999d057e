package org.rahnama.conversation;

import org.rahnama.language.Language;

/**
 * A message from any channel, reduced to what the pipeline needs.
 *
 * @param channel   "telegram", "terminal", "api", "ask": part of the hashed user key
 * @param userId    the channel's id of the person (hashed before anything is stored), or null for a one-off question
 *                  (the API without {@code user}, {@code ask}): nothing is stored for it
 * @param kind      what was sent: text, or a kind of media the bot cannot read
 * @param text      the text, or null
 * @param action    the data of a pressed button, or null
 * @param language  a language hint from the channel (Telegram profile, {@code --lang}, the API's {@code lang}), used
 *                  until the person has a language of their own in the session; or null
 * @param postcode  a postcode given with the message, or null
 * @param latitude  a shared position, or null
 * @param forwarded whether a caseworker forwarded someone else's message
 */
public record IncomingMessage(String channel, String userId, Kind kind, String text, String action, Language language,
                              String postcode, Double latitude, Double longitude, boolean forwarded) {

    /** What a message carries. */
    public enum Kind { TEXT, ACTION, LOCATION, VOICE, PHOTO, STICKER, DOCUMENT, OTHER }

    public static IncomingMessage text(String channel, String userId, String text) {
        return new IncomingMessage(channel, userId, Kind.TEXT, text, null, null, null, null, null, false);
    }

    public static IncomingMessage action(String channel, String userId, String action) {
        return new IncomingMessage(channel, userId, Kind.ACTION, null, action, null, null, null, null, false);
    }

    public static IncomingMessage location(String channel, String userId, double latitude, double longitude) {
        return new IncomingMessage(channel, userId, Kind.LOCATION, null, null, null, null, latitude, longitude, false);
    }

    public static IncomingMessage media(String channel, String userId, Kind kind) {
        return new IncomingMessage(channel, userId, kind, null, null, null, null, null, null, false);
    }

    /** A one-off question from nobody in particular: no session is read or kept for it. */
    public static IncomingMessage anonymous(String channel, String text) {
        return new IncomingMessage(channel, null, Kind.TEXT, text, null, null, null, null, null, false);
    }

    public boolean anonymous() {
        return userId == null;
    }

    public IncomingMessage withLanguage(Language value) {
        return new IncomingMessage(channel, userId, kind, text, action, value, postcode, latitude, longitude, forwarded);
    }

    public IncomingMessage withPostcode(String value) {
        return new IncomingMessage(channel, userId, kind, text, action, language, value, latitude, longitude, forwarded);
    }

    public IncomingMessage asForwarded() {
        return new IncomingMessage(channel, userId, kind, text, action, language, postcode, latitude, longitude, true);
    }
}
