package org.rahnama.conversation;

/** The light Markdown of replies (bold, "## " headings) as plain text, for terminals and JSON clients. */
final class PlainText {

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("(?m)^#{1,6}\\s+");

    private PlainText() {
    }

    static String of(String markdown) {
        return HEADING.matcher(markdown.replace("**", "")).replaceAll("");
    }
}
