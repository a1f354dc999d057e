package org.rahnama.conversation;

/** The light Markdown of replies as plain text, for terminals and JSON clients. */
final class PlainText {

    private PlainText() {
    }

    static String of(String markdown) {
        return markdown.replace("**", "");
    }
}
