package org.rahnama.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The light Markdown of replies and entries as HTML: paragraphs, {@code **bold**}, {@code ## headings}, "- " and
 * "1. " lists, bare http(s) links. Every character of the text is escaped before our own tags are added, so a
 * knowledge-base file or a message can never inject markup.
 */
final class WebMarkdown {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]|📞)\\s+(.*)$");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\d .]{0,18}\\d)?");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+[.)]\\s+(.*)$");

    private WebMarkdown() {
    }

    static String html(String markdown) {
        StringBuilder out = new StringBuilder();
        String list = null;
        boolean inItem = false;
        for (String line : markdown.strip().split("\n")) {
            String trimmed = line.strip();
            Matcher bullet = BULLET.matcher(trimmed);
            Matcher numbered = NUMBERED.matcher(trimmed);
            String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (inItem && kind == null && !trimmed.isEmpty()) {
                // A line right under a list item belongs to it (a contact's address, phone and hours).
                out.append("<br>").append(inline(trimmed));
                continue;
            }
            if (inItem) {
                out.append("</li>");
                inItem = false;
            }
            if (list != null && !list.equals(kind)) {
                out.append("</").append(list).append('>');
                list = null;
            }
            if (kind != null) {
                if (list == null) {
                    out.append('<').append(kind).append('>');
                    list = kind;
                }
                // A helpline line keeps its phone sign: it tells the reader what the number is for.
                String item = trimmed.startsWith("📞") ? trimmed : (bullet.matches() ? bullet : numbered).group(1);
                out.append("<li>").append(inline(item));
                inItem = true;
                continue;
            }
            Matcher heading = HEADING.matcher(trimmed);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                out.append("<p class=\"h\"><strong>").append(inline(heading.group(1))).append("</strong></p>");
            } else {
                out.append("<p>").append(inline(trimmed)).append("</p>");
            }
        }
        if (inItem) {
            out.append("</li>");
        }
        if (list != null) {
            out.append("</").append(list).append('>');
        }
        return out.toString();
    }

    /** Bold and links inside a line, on the escaped text. */
    static String inline(String text) {
        String escaped = escape(text);
        escaped = BOLD.matcher(escaped).replaceAll(m -> "<strong>" + Matcher.quoteReplacement(m.group(1)) + "</strong>");
        // Links are found in the escaped text: "&amp;" inside a URL stays escaped in the href, as HTML wants it.
        escaped = LINK.matcher(escaped).replaceAll(m -> "<a href=\"" + Matcher.quoteReplacement(m.group())
                + "\" rel=\"noopener noreferrer\">" + Matcher.quoteReplacement(m.group()) + "</a>");
        if (escaped.startsWith("☎") || escaped.startsWith("📞")) {
            // The number of a phone line can be called with one tap on a phone.
            escaped = PHONE.matcher(escaped).replaceFirst(m -> "<a href=\"tel:" + m.group().replaceAll("[^+0-9]", "") + "\">"
                    + Matcher.quoteReplacement(m.group()) + "</a>");
        }
        return escaped;
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
