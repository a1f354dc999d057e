package org.rahnama.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light Markdown of replies as Telegram HTML. Everything is escaped first, so text from the knowledge base
 * can never inject markup; only our own {@code **bold**} becomes {@code <b>}. Long texts are split on
 * paragraph boundaries under Telegram's 4,096-character limit.
 */
final class TelegramHtml {

    static final int LIMIT = 4096;
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*", Pattern.DOTALL);

    private TelegramHtml() {
    }

    static String render(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher bold = BOLD.matcher(escaped);
        return bold.replaceAll(m -> "<b>" + Matcher.quoteReplacement(m.group(1)) + "</b>");
    }

    /** Splits Markdown into chunks that render under the limit, cutting between paragraphs, then lines. */
    static List<String> split(String markdown, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : markdown.split("\n\n")) {
            for (String piece : fit(paragraph, limit)) {
                if (!current.isEmpty() && render(current + "\n\n" + piece).length() > limit) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                if (!current.isEmpty()) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** A paragraph too long on its own is cut on lines, then on spaces, then hard. */
    private static List<String> fit(String paragraph, int limit) {
        if (render(paragraph).length() <= limit) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split("(?<=[\n ])")) {
            if (!current.isEmpty() && render(current + word).length() > limit) {
                pieces.add(current.toString().strip());
                current.setLength(0);
            }
            while (render(word).length() > limit) {
                int cut = Math.max(1, limit / 6);
                pieces.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (!current.toString().isBlank()) {
            pieces.add(current.toString().strip());
        }
        return pieces;
    }
}
