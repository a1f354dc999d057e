package org.rahnama.gaps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rahnama.knowledge.Entry;
import org.rahnama.language.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code kb gaps}: what the editors should write or check next. The questions people agreed to keep, grouped by the
 * topic the bot guessed, with counts per language; the entries people found least useful (share of 👎); the intents
 * and languages most often left unanswered; and the entries whose facts were checked over a year ago or whose
 * translation is older than the French text. As text for the terminal and as an HTML page.
 */
public final class GapReport {

    static final int QUESTIONS_SHOWN = 10;

    /** One topic's kept questions, newest first. */
    record Topic(String intent, Map<Language, Integer> perLanguage, List<KeptQuestion> questions) {
        int total() {
            return questions.size();
        }
    }

    record EntryVotes(String entry, long up, long down) {
        double downShare() {
            return up + down == 0 ? 0 : (double) down / (up + down);
        }
    }

    record Unanswered(String key, long count, Map<Language, Long> perLanguage) {
    }

    record Check(String entry, String why) {
    }

    private final List<Topic> topics = new ArrayList<>();
    private final List<EntryVotes> votes = new ArrayList<>();
    private final List<Unanswered> byIntent = new ArrayList<>();
    private final Map<String, Long> byLanguageAndReason = new TreeMap<>();
    private final List<Check> checks = new ArrayList<>();

    /** The report as of now: the ledger's counts and kept questions (reading them deletes the expired ones). */
    public static GapReport of(GapLedger ledger, Collection<Entry> entries, Clock clock) {
        return new GapReport(ledger.counts(), ledger.questions(clock.instant()), entries, LocalDate.now(clock));
    }

    public GapReport(GapCounts counts, List<KeptQuestion> questions, Collection<Entry> entries, LocalDate today) {
        Map<String, List<KeptQuestion>> grouped = new TreeMap<>();
        questions.forEach(q -> grouped.computeIfAbsent(q.intent(), k -> new ArrayList<>()).add(q));
        grouped.forEach((intent, list) -> {
            Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
            list.forEach(q -> perLanguage.merge(q.language(), 1, Integer::sum));
            List<KeptQuestion> newest = new ArrayList<>(list);
            newest.sort(Comparator.comparing(KeptQuestion::at).reversed());
            topics.add(new Topic(intent, perLanguage, newest));
        });
        topics.sort(Comparator.comparingInt(Topic::total).reversed().thenComparing(Topic::intent));

        Map<String, long[]> tally = new TreeMap<>();
        counts.votes().forEach((vote, n) -> tally.computeIfAbsent(vote.entry(), k -> new long[2])[vote.helped() ? 0 : 1] += n);
        tally.forEach((entry, n) -> votes.add(new EntryVotes(entry, n[0], n[1])));
        votes.sort(Comparator.comparingDouble(EntryVotes::downShare).reversed().thenComparing(v -> -v.down()));

        Map<String, Map<Language, Long>> intents = new TreeMap<>();
        counts.unanswered().forEach((u, n) -> {
            intents.computeIfAbsent(u.intent(), k -> new EnumMap<>(Language.class)).merge(u.language(), n, Long::sum);
            byLanguageAndReason.merge(u.language().code() + " " + u.reason().tag(), n, Long::sum);
        });
        intents.forEach((intent, perLanguage) -> byIntent.add(new Unanswered(intent,
                perLanguage.values().stream().mapToLong(Long::longValue).sum(), perLanguage)));
        byIntent.sort(Comparator.comparingLong(Unanswered::count).reversed());

        for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::id)).toList()) {
            if (entry.checkDue(today)) {
                checks.add(new Check(entry.id(), "facts checked on " + entry.checked() + ", over " + Entry.CHECK_AGAIN_AFTER_MONTHS
                        + " months ago"));
            }
            List<String> stale = new ArrayList<>();
            for (Language language : Language.values()) {
                if (entry.stale(language)) {
                    stale.add(language.code());
                }
            }
            if (!stale.isEmpty()) {
                checks.add(new Check(entry.id(), "translation older than the French text: " + String.join(", ", stale)));
            }
        }
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Questions kept with consent, by likely topic (").append(topics.stream().mapToInt(Topic::total).sum()).append(")\n");
        for (Topic topic : topics) {
            out.append(String.format("  %-28s %4d  %s%n", topic.intent(), topic.total(), perLanguage(topic.perLanguage())));
            topic.questions().stream().limit(QUESTIONS_SHOWN).forEach(q ->
                    out.append("      ").append(q.at().toString(), 0, 10).append(' ').append(q.language().code()).append(' ')
                            .append(q.reason().tag()).append(": ").append(q.text()).append('\n'));
        }
        out.append("\nEntries by share of 👎 (up / down)\n");
        votes.forEach(v -> out.append(String.format("  %-36s %5.0f%%  %d / %d%n", v.entry(), 100 * v.downShare(), v.up(), v.down())));
        out.append("\nUnanswered questions by intent guess\n");
        byIntent.forEach(u -> out.append(String.format("  %-28s %5d  %s%n", u.key(), u.count(), perLanguage(u.perLanguage()))));
        out.append("\nUnanswered questions by language and reason\n");
        byLanguageAndReason.forEach((key, n) -> out.append(String.format("  %-28s %5d%n", key, n)));
        out.append("\nEntries to check\n");
        checks.forEach(c -> out.append(String.format("  %-36s %s%n", c.entry(), c.why())));
        return out.toString();
    }

    /** The whole page, as {@code kb gaps --html FILE} writes it. */
    public String html() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Rahnama: what the knowledge base is missing</title>
                <style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:4px 8px;text-align:start}</style></head><body>
                <h1>What the knowledge base is missing</h1>
                """ + "<main>" + body() + "</main>\n</body></html>\n";
    }

    /** The report's sections, for a page of its own or inside the maintainers' pages. */
    public String body() {
        StringBuilder out = new StringBuilder("<h2>Questions kept with consent, by likely topic</h2>\n");
        if (topics.isEmpty()) {
            out.append("<p>None kept.</p>\n");
        }
        for (Topic topic : topics) {
            out.append("<h3>").append(escape(topic.intent())).append(" (").append(topic.total()).append(": ")
                    .append(escape(perLanguage(topic.perLanguage()))).append(")</h3>\n<ul>\n");
            topic.questions().stream().limit(QUESTIONS_SHOWN).forEach(q -> out.append("<li><span lang=\"")
                    .append(q.language().code().equals("prs") ? "fa-AF" : q.language().code()).append("\" dir=\"")
                    .append(q.language().rightToLeft() ? "rtl" : "ltr").append("\">").append(escape(q.text()))
                    .append("</span> <small>(").append(q.language().code()).append(", ").append(q.reason().tag())
                    .append(", ").append(q.at().toString(), 0, 10).append(")</small></li>\n"));
            out.append("</ul>\n");
        }
        out.append("<h2>Entries by share of 👎</h2>\n<table><tr>").append(headers("entry", "👎 share", "👍", "👎")).append("</tr>\n");
        votes.forEach(v -> out.append(row(v.entry(), Math.round(100 * v.downShare()) + " %", Long.toString(v.up()),
                Long.toString(v.down()))));
        out.append("</table>\n<h2>Unanswered questions by intent guess</h2>\n<table><tr>")
                .append(headers("intent", "count", "by language")).append("</tr>\n");
        byIntent.forEach(u -> out.append(row(u.key(), Long.toString(u.count()), perLanguage(u.perLanguage()))));
        out.append("</table>\n<h2>Unanswered questions by language and reason</h2>\n<table><tr>")
                .append(headers("language, reason", "count")).append("</tr>\n");
        byLanguageAndReason.forEach((key, n) -> out.append(row(key, Long.toString(n))));
        out.append("</table>\n<h2>Entries to check</h2>\n<table><tr>").append(headers("entry", "why")).append("</tr>\n");
        checks.forEach(c -> out.append(row(c.entry(), c.why())));
        return out.append("</table>\n").toString();
    }

    private static String headers(String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append("<th scope=\"col\">").append(escape(name)).append("</th>");
        }
        return out.toString();
    }

    private static String row(String... cells) {
        StringBuilder out = new StringBuilder("<tr>");
        for (String cell : cells) {
            out.append("<td>").append(escape(cell)).append("</td>");
        }
        return out.append("</tr>\n").toString();
    }

    private static String perLanguage(Map<Language, ? extends Number> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((language, n) -> parts.add(language.code() + " " + n));
        return String.join(", ", parts);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
