package org.rahnama.web;

import java.util.List;
import org.rahnama.conversation.Button;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;

/**
 * The chat page: a header, the turns, and the controls (the reply's buttons, the question, the postcode, the
 * location and the caseworker toggle). Every control is a plain form posting to {@code /}, so the page works without
 * JavaScript; {@code chat.js} only posts them in the background and appends the answer. No external resource, no
 * inline script or style: the Content-Security-Policy allows our own files only.
 */
@Component
class ChatPage {

    private static final int MAX_BUTTONS = 12;

    private final Translations translations;

    ChatPage(Translations translations) {
        this.translations = translations;
    }

    /** The whole page: without JavaScript each post returns it with the last turn. */
    String page(Language language, String turn, List<Button> buttons, boolean caseworker, String csrf) {
        return document(language, WebMarkdown.escape(translations.get(language, "web.title")), """
                <header><h1>Rahnama</h1></header>
                <main><h2 class="vh">%s</h2><div id="log" aria-live="polite">%s</div>%s</main>
                """.formatted(WebMarkdown.escape(translations.get(language, "web.title")), turn, controls(language, buttons, caseworker, csrf)));
    }

    /** What {@code chat.js} gets back: the new turn and the new controls, in a document that carries the language. */
    String fragment(Language language, String turn, List<Button> buttons, boolean caseworker, String csrf) {
        return document(language, "", turn + controls(language, buttons, caseworker, csrf));
    }

    static String document(Language language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html%s><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="stylesheet" href="/web/chat.css"><script src="/web/chat.js" defer></script></head>
                <body>%s</body></html>
                """.formatted(ReplyHtml.langDir(language), title, body);
    }

    private String controls(Language language, List<Button> buttons, boolean caseworker, String csrf) {
        // Without JavaScript, a button keeps the caseworker view the question form turned on.
        String hidden = hiddenCsrf(csrf) + (caseworker ? "<input type=\"hidden\" name=\"caseworker\" value=\"1\">" : "");
        StringBuilder out = new StringBuilder("<div id=\"controls\">");
        if (!buttons.isEmpty()) {
            out.append("<form method=\"post\" action=\"/\" class=\"buttons\">").append(hidden);
            for (Button button : buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size()))) {
                out.append("<button name=\"action\" value=\"").append(WebMarkdown.escape(button.action())).append('"')
                        .append(languageOf(button)).append('>').append(WebMarkdown.escape(button.label())).append("</button>");
            }
            out.append("</form>");
        }
        out.append("""
                <form method="post" action="/" class="ask">%s
                <label for="q">%s</label><div class="row"><input id="q" name="text" maxlength="1000" dir="auto" autocomplete="off" required>
                <button>%s</button></div>
                <label class="toggle"><input type="checkbox" id="caseworker" name="caseworker" value="1"%s> %s</label></form>
                <form method="post" action="/" class="where">%s
                <label for="place">%s</label><div class="row"><input id="place" name="text" maxlength="80" dir="auto" autocomplete="postal-code" required>
                <button>%s</button></div>
                <button type="button" id="locate" hidden data-failed="%s">%s</button></form>
                """.formatted(hiddenCsrf(csrf), t(language, "web.question"), t(language, "web.send"), caseworker ? " checked" : "",
                t(language, "web.caseworker"), hiddenCsrf(csrf), t(language, "web.place"), t(language, "web.place-send"),
                t(language, "web.locate-failed"), t(language, "web.locate")));
        return out.append("</div>").toString();
    }

    /** A language button is labelled in its own language ("دری"): marked so, a screen reader pronounces it right. */
    private static String languageOf(Button button) {
        if (!button.action().startsWith("lang:")) {
            return "";
        }
        return Language.fromCode(button.action().substring("lang:".length())).map(ReplyHtml::langDir).orElse("");
    }

    private static String hiddenCsrf(String csrf) {
        return "<input type=\"hidden\" name=\"" + BrowserClients.CSRF_FIELD + "\" value=\"" + WebMarkdown.escape(csrf) + "\">";
    }

    private String t(Language language, String key) {
        return WebMarkdown.escape(translations.get(language, key));
    }
}
