package org.rahnama.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.rahnama.language.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * Which entry exists in which language, and which translations are stale: {@code rahnama.jar kb coverage}, as a
 * text table and as an HTML page a maintainer can open.
 */
public final class KnowledgeCoverage {

    /** The state of one language version of an entry. */
    public enum Status { PRESENT, STALE, MISSING }

    private final List<Entry> entries;

    public KnowledgeCoverage(Collection<Entry> entries) {
        this.entries = new ArrayList<>(entries);
        this.entries.sort(Comparator.comparing(Entry::theme).thenComparing(Entry::id));
    }

    public Status status(Entry entry, Language language) {
        if (entry.text(language).isEmpty()) {
            return Status.MISSING;
        }
        return entry.stale(language) ? Status.STALE : Status.PRESENT;
    }

    public String text() {
        StringBuilder out = new StringBuilder(String.format("%-45s", "entry"));
        for (Language language : Language.values()) {
            out.append(String.format("%-9s", language.code()));
        }
        out.append('\n');
        int[] present = new int[Language.values().length];
        for (Entry entry : entries) {
            out.append(String.format("%-45s", entry.theme() + "/" + entry.id()));
            for (Language language : Language.values()) {
                Status status = status(entry, language);
                if (status == Status.PRESENT) {
                    present[language.ordinal()]++;
                }
                out.append(String.format("%-9s", switch (status) {
                    case PRESENT -> "ok";
                    case STALE -> "STALE";
                    case MISSING -> "MISSING";
                }));
            }
            out.append('\n');
        }
        out.append(String.format("%-45s", entries.size() + " entries, up to date:"));
        for (Language language : Language.values()) {
            out.append(String.format("%-9s", present[language.ordinal()]));
        }
        return out.append('\n').toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Rahnama knowledge base coverage</title>
                <style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}
                .PRESENT{background:#d9f2d9}.STALE{background:#fff0c2}.MISSING{background:#f7d4d4}</style></head><body>
                <h1>Knowledge base coverage</h1>
                <p>ok = translated and up to date; STALE = translated from an older French version; MISSING = no file.</p>
                <table><tr><th>entry</th><th>intents</th>""");
        for (Language language : Language.values()) {
            out.append("<th>").append(language.code()).append("</th>");
        }
        out.append("</tr>\n");
        for (Entry entry : entries) {
            out.append("<tr><td>").append(escape(entry.theme() + "/" + entry.id())).append("</td><td>")
                    .append(escape(String.join(", ", entry.intents()))).append("</td>");
            for (Language language : Language.values()) {
                Status status = status(entry, language);
                out.append("<td class=\"").append(status).append("\">").append(status == Status.PRESENT ? "ok" : status).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table></body></html>\n").toString();
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
