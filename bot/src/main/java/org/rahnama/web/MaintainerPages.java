package org.rahnama.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.EntryText;
import org.rahnama.knowledge.KnowledgeCoverage;
import org.rahnama.knowledge.KnowledgeProblem;
import org.rahnama.language.Language;

/**
 * The HTML of the maintainers' overview: lint problems with file and line, then the matrix of entries and
 * languages with their freshness (facts checked over a year ago, translations made from an older French version).
 * English only: the maintainers' tools speak it, as {@code kb lint} does.
 */
final class MaintainerPages {

    static final String NAV = "<nav><a href=\"/kb\">Problems and entries</a> · <a href=\"/kb/intents\">Intents</a> · "
            + "<a href=\"/kb/gaps\">Gaps</a> · <a href=\"/\">Chat</a></nav>";

    private MaintainerPages() {
    }

    static String overview(List<KnowledgeProblem> problems, List<String> contactProblems, List<Entry> entries, Clock clock) {
        StringBuilder out = new StringBuilder("<header><h1>Knowledge base</h1>").append(NAV).append("</header><main>");
        long errors = problems.stream().filter(KnowledgeProblem::error).count() + contactProblems.size();
        out.append("<h2>Problems</h2><p>").append(errors).append(" errors, ").append(problems.size() + contactProblems.size() - errors)
                .append(" warnings (<code>kb lint</code> on the files now on disk). An entry with an error keeps being served"
                        + " in its last good version.</p>");
        if (problems.size() + contactProblems.size() > 0) {
            out.append("<table><caption>Lint problems</caption><tr><th scope=\"col\">severity</th><th scope=\"col\">file:line</th>"
                    + "<th scope=\"col\">problem</th></tr>");
            problems.stream().sorted(Comparator.comparing((KnowledgeProblem p) -> !p.error()).thenComparing(KnowledgeProblem::file))
                    .forEach(p -> problemRow(out, p.error(), p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message()));
            contactProblems.forEach(p -> problemRow(out, true, p.contains(": ") ? p.substring(0, p.indexOf(": ")) : p,
                    p.contains(": ") ? p.substring(p.indexOf(": ") + 2) : ""));
            out.append("</table>");
        }
        matrix(out, entries, LocalDate.now(clock));
        return out.append("</main>").toString();
    }

    private static void problemRow(StringBuilder out, boolean error, String where, String message) {
        out.append("<tr class=\"").append(error ? "bad" : "warn").append("\"><td>").append(error ? "error" : "warning")
                .append("</td><td dir=\"ltr\"><code>").append(WebMarkdown.escape(where)).append("</code></td><td>")
                .append(WebMarkdown.escape(message)).append("</td></tr>");
    }

    private static void matrix(StringBuilder out, List<Entry> entries, LocalDate today) {
        KnowledgeCoverage coverage = new KnowledgeCoverage(entries);
        out.append("<h2>Entries and languages</h2><p>").append(entries.size()).append(" entries served. <em>stale</em>: translated"
                + " from an older French version; <em>old</em>: facts checked more than ").append(Entry.CHECK_AGAIN_AFTER_MONTHS)
                .append(" months ago.</p><div class=\"wide\"><table><caption>Entries × languages</caption><tr>"
                        + "<th scope=\"col\">entry</th><th scope=\"col\">checked</th><th scope=\"col\">French updated</th>");
        for (Language language : Language.values()) {
            out.append("<th scope=\"col\">").append(language.code()).append("</th>");
        }
        out.append("</tr>");
        for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::theme).thenComparing(Entry::id)).toList()) {
            boolean old = entry.checkDue(today);
            out.append("<tr><th scope=\"row\"><a href=\"/kb/entry/").append(WebMarkdown.escape(entry.id())).append("\">")
                    .append(WebMarkdown.escape(entry.theme() + "/" + entry.id())).append("</a></th><td")
                    .append(old ? " class=\"warn\">old " : ">").append(WebMarkdown.escape(String.valueOf(entry.checked())))
                    .append("</td><td>").append(WebMarkdown.escape(String.valueOf(entry.updated()))).append("</td>");
            for (Language language : Language.values()) {
                KnowledgeCoverage.Status status = coverage.status(entry, language);
                out.append(switch (status) {
                    case PRESENT -> "<td class=\"ok\">ok</td>";
                    case MISSING -> "<td class=\"bad\">missing</td>";
                    case STALE -> "<td class=\"warn\">stale (" + WebMarkdown.escape(String.valueOf(
                            entry.text(language).map(EntryText::translatedFrom).orElse(null))) + ")</td>";
                });
            }
            out.append("</tr>");
        }
        out.append("</table></div>");
    }
}
