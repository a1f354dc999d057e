package org.rahnama.web;

import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.EntryText;
import org.rahnama.language.Language;

/**
 * An entry's six languages side by side, each as the bot shows it: the bold title and the short answer first, then
 * what the "more details" button brings, with the file each comes from and whether the translation is stale.
 */
final class EntryPreview {

    private EntryPreview() {
    }

    static String html(Entry entry) {
        StringBuilder out = new StringBuilder("<header><h1>").append(WebMarkdown.escape(entry.id())).append("</h1>")
                .append(MaintainerPages.NAV).append("</header><main><dl class=\"meta\">");
        meta(out, "theme", entry.theme());
        meta(out, "intents", String.join(", ", entry.intents()));
        meta(out, "contacts", String.join(", ", entry.contacts()));
        meta(out, "checked", entry.checked());
        meta(out, "French updated", entry.updated());
        if (entry.review() != null) {
            meta(out, "to review", entry.review());
        }
        out.append("<dt>sources</dt>");
        for (String source : entry.sources()) {
            out.append("<dd dir=\"ltr\">").append(WebMarkdown.inline(source)).append("</dd>");
        }
        out.append("</dl><div class=\"languages\">");
        for (Language language : Language.values()) {
            out.append("<section class=\"col\"").append(ReplyHtml.langDir(language)).append("><h2>")
                    .append(WebMarkdown.escape(language.nativeName())).append(" <span dir=\"ltr\">(").append(language.code())
                    .append(")</span></h2>");
            EntryText text = entry.text(language).orElse(null);
            if (text == null) {
                out.append("<p class=\"bad\" lang=\"en\" dir=\"ltr\">missing</p></section>");
                continue;
            }
            out.append("<p class=\"file\" lang=\"en\" dir=\"ltr\"><code>").append(WebMarkdown.escape(text.file())).append("</code>")
                    .append(entry.stale(language) ? " <span class=\"warn\">stale: from the French of "
                            + WebMarkdown.escape(String.valueOf(text.translatedFrom())) + "</span>" : "").append("</p>")
                    .append("<div class=\"msg\">").append(WebMarkdown.html("**" + text.title() + "**\n" + text.summary())).append("</div>");
            if (!text.details().isEmpty()) {
                out.append("<div class=\"msg\">").append(WebMarkdown.html("**" + text.title() + "**\n" + text.details())).append("</div>");
            }
            out.append("</section>");
        }
        return out.append("</div></main>").toString();
    }

    private static void meta(StringBuilder out, String name, String value) {
        out.append("<dt>").append(name).append("</dt><dd>").append(WebMarkdown.escape(String.valueOf(value))).append("</dd>");
    }
}
