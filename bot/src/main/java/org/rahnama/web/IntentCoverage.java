package org.rahnama.web;

import java.util.Collection;
import java.util.List;
import org.rahnama.i18n.Translations;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.KnowledgeCoverage;
import org.rahnama.language.Language;

/**
 * Which intent of the taxonomy the served entries answer: an intent that needs content and has no entry is a
 * question the bot recognises and cannot answer; one answered in fewer than six languages falls back to English or
 * French for some people.
 */
final class IntentCoverage {

    private IntentCoverage() {
    }

    static String html(IntentTaxonomy taxonomy, Collection<Entry> entries, Translations translations) {
        KnowledgeCoverage coverage = new KnowledgeCoverage(entries);
        List<String> content = taxonomy.contentIntents();
        long answered = content.stream().filter(i -> entries.stream().anyMatch(e -> e.intents().contains(i))).count();
        StringBuilder out = new StringBuilder("<header><h1>Intents</h1>").append(MaintainerPages.NAV).append("</header><main><p>")
                .append(answered).append(" of ").append(content.size()).append(" intents that need content have an entry.</p>")
                .append("<div class=\"wide\"><table><caption>Coverage of intents</caption><tr><th scope=\"col\">intent</th>"
                        + "<th scope=\"col\">label</th><th scope=\"col\">kind</th><th scope=\"col\">entries (main intent first)</th>"
                        + "<th scope=\"col\">languages up to date</th></tr>");
        for (String intent : taxonomy.ids()) {
            List<Entry> answering = entries.stream().filter(e -> e.intents().contains(intent))
                    .sorted((a, b) -> Boolean.compare(!a.mainIntent().equals(intent), !b.mainIntent().equals(intent))).toList();
            boolean needsContent = content.contains(intent);
            String kind = IntentTaxonomy.isSafety(intent) ? "safety" : needsContent ? "content" : "conversation";
            out.append("<tr").append(needsContent && answering.isEmpty() ? " class=\"bad\"" : "").append("><th scope=\"row\"><code>")
                    .append(WebMarkdown.escape(intent)).append("</code></th><td>")
                    .append(WebMarkdown.escape(translations.get(Language.EN, "intent." + intent))).append("</td><td>").append(kind)
                    .append("</td><td>");
            if (answering.isEmpty()) {
                out.append(needsContent ? "no entry" : "—");
            }
            for (Entry entry : answering) {
                out.append("<a href=\"/kb/entry/").append(WebMarkdown.escape(entry.id())).append("\">")
                        .append(WebMarkdown.escape(entry.id())).append("</a> ");
            }
            out.append("</td><td>");
            for (Language language : Language.values()) {
                boolean all = !answering.isEmpty() && answering.stream()
                        .allMatch(e -> coverage.status(e, language) == KnowledgeCoverage.Status.PRESENT);
                out.append(all ? language.code() + " " : "");
            }
            out.append("</td></tr>");
        }
        return out.append("</table></div></main>").toString();
    }
}
