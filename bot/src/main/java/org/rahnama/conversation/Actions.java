package org.rahnama.conversation;

import java.util.Optional;

/**
 * The data carried by buttons: {@code kind:value}, short enough for Telegram's 64-byte limit. Whatever a
 * client sends back is parsed here and checked against what the bot can have issued; anything else is
 * ignored as a stale or forged button.
 */
record Actions(String kind, String value) {

    static final String LANGUAGE = "lang";
    static final String THEME = "theme";
    static final String INTENT = "intent";
    static final String MORE = "more";
    static final String CONTACTS = "contacts";
    static final String MENU = "menu";
    static final String HUMAN = "human";
    static final String NEW_QUESTION = "ask";
    static final String PICK_LANGUAGE = "language";
    static final String LOCATION = "location";
    static final String DEPARTMENT = "dept";
    static final String POSTCODE = "postcode";
    static final String HELPED = "helped";
    static final String NOT_HELPED = "nothelped";
    static final String TEAM_YES = "teamyes";
    static final String TEAM_NO = "teamno";
    static final String TEAM_END = "teamend";
    static final String SHARE_QUESTIONS = "share";

    private static final int MAX_LENGTH = 64;

    static String of(String kind, String value) {
        return value == null ? kind : kind + ":" + value;
    }

    static Optional<Actions> parse(String data) {
        if (data == null || data.isEmpty() || data.length() > MAX_LENGTH || !data.matches("[a-z]+(:[a-z0-9-]+)?")) {
            return Optional.empty();
        }
        int colon = data.indexOf(':');
        return Optional.of(colon < 0 ? new Actions(data, null) : new Actions(data.substring(0, colon), data.substring(colon + 1)));
    }
}
