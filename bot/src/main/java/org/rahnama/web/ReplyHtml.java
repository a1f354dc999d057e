package org.rahnama.web;

import java.util.ArrayList;
import java.util.List;
import org.rahnama.conversation.Reply;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;

/**
 * One turn of the chat as HTML: what the person wrote (echoed from the request, never stored), then the reply's
 * messages in order, so the helplines of a crisis come first, each marked with its language and direction. In the
 * caseworker view an answer's French version, which a forwarded question brings last, stands beside the person's
 * language with a copy button for each, and a link to the entry that carries only its id and language.
 */
@Component
class ReplyHtml {

    private final Translations translations;

    ReplyHtml(Translations translations) {
        this.translations = translations;
    }

    String turn(String asked, Reply reply, boolean caseworker, int number) {
        Language language = reply.language();
        StringBuilder out = new StringBuilder("<section class=\"turn\" tabindex=\"-1\"").append(langDir(language)).append('>');
        if (asked != null && !asked.isBlank()) {
            out.append("<p class=\"you\"><span class=\"said\">").append(WebMarkdown.escape(translations.get(language, "web.you-wrote")))
                    .append("</span> <bdi dir=\"auto\">").append(WebMarkdown.escape(asked)).append("</bdi></p>");
        }
        List<String> messages = new ArrayList<>(reply.messages());
        String french = caseworker ? frenchVersion(messages) : null;
        if (french != null) {
            out.append("<div class=\"side\">");
            column(out, language, messages, "t" + number + "-" + language.code());
            column(out, Language.FR, List.of(french), "t" + number + "-fr");
            out.append("</div>");
        } else {
            messages(out, messages, reply.result().safety());
        }
        if (caseworker && reply.result().entry() != null) {
            out.append("<p class=\"entry\"><a href=\"/answer/").append(WebMarkdown.escape(reply.result().entry()))
                    .append("?lang=").append(language.code()).append("\">")
                    .append(WebMarkdown.escape(translations.get(language, "web.entry-link"))).append("</a></p>");
        }
        return out.append("</section>").toString();
    }

    /** The French version a forwarded question brings as its last message, taken out of the list; or null. */
    private String frenchVersion(List<String> messages) {
        String heading = translations.get(Language.FR, "caseworker.french-version");
        if (messages.isEmpty() || !messages.getLast().startsWith(heading)) {
            return null;
        }
        return messages.removeLast().substring(heading.length()).strip();
    }

    private void messages(StringBuilder out, List<String> messages, boolean safety) {
        for (int i = 0; i < messages.size(); i++) {
            // A reply about a life or safety crisis opens with the helplines: shown as the alert they are.
            boolean urgent = safety && i == 0;
            out.append("<div class=\"msg").append(urgent ? " urgent\" role=\"alert\"" : "\"").append('>')
                    .append(WebMarkdown.html(messages.get(i))).append("</div>");
        }
    }

    private void column(StringBuilder out, Language language, List<String> messages, String id) {
        out.append("<div class=\"col\"").append(langDir(language)).append("><p class=\"colname\">")
                .append(WebMarkdown.escape(language.nativeName())).append("</p><div id=\"").append(id).append("\">");
        messages(out, messages, false);
        out.append("</div><button type=\"button\" class=\"copy\" hidden data-copy=\"").append(id).append("\" data-copied=\"")
                .append(WebMarkdown.escape(translations.get(language, "web.copied"))).append("\">")
                .append(WebMarkdown.escape(translations.get(language, "web.copy"))).append("</button></div>");
    }

    static String langDir(Language language) {
        return " lang=\"" + language.code() + "\" dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"";
    }
}
