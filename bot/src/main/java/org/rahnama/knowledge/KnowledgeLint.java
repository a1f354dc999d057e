package org.rahnama.knowledge;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rahnama.data.DataFolder;
import org.rahnama.language.Language;

/**
 * The maintainers' check ({@code rahnama.jar kb lint}, also run by the tests): everything the loader rejects,
 * plus what makes the knowledge base incomplete or out of date. Errors fail the command; warnings inform.
 */
public final class KnowledgeLint {

    static final int MAX_BODY_CHARS = 1500;
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]+");

    private final Set<String> intents;
    private final Collection<String> contentIntents;
    private final Set<String> contactTypes;
    private final Clock clock;

    public KnowledgeLint(Set<String> intents, Collection<String> contentIntents, Set<String> contactTypes, Clock clock) {
        this.intents = intents;
        this.contentIntents = contentIntents;
        this.contactTypes = contactTypes;
        this.clock = clock;
    }

    public List<KnowledgeProblem> check(DataFolder folder) {
        KnowledgeSnapshot snapshot = new KnowledgeLoader(folder, intents, contactTypes).load(null);
        List<KnowledgeProblem> problems = new ArrayList<>(snapshot.problems());
        LocalDate today = LocalDate.now(clock);
        Set<String> covered = new TreeSet<>();
        for (Entry entry : snapshot.entriesById().values()) {
            covered.addAll(entry.intents());
            String reference = entry.texts().get(Language.FR).file();
            for (Language language : Language.values()) {
                if (entry.text(language).isEmpty()) {
                    problems.add(KnowledgeProblem.error(reference, 0, "no " + language.code() + ".md: every entry needs all six languages"));
                } else if (entry.stale(language)) {
                    problems.add(KnowledgeProblem.warning(entry.texts().get(language).file(), 3,
                            "translated from an older French version (" + entry.texts().get(language).translatedFrom()
                                    + ", French updated " + entry.updated() + "): update the translation"));
                }
            }
            if (entry.checkDue(today)) {
                problems.add(KnowledgeProblem.warning(reference, 0, "facts last checked on "
                        + entry.checked() + ": more than " + Entry.CHECK_AGAIN_AFTER_MONTHS + " months ago, check them again"));
            }
            if (entry.review() != null) {
                problems.add(KnowledgeProblem.warning(reference, 0, "to review: " + entry.review()));
            }
            for (String source : entry.sources()) {
                if (!wellFormed(source)) {
                    problems.add(KnowledgeProblem.error(reference, 0, "source is not a valid http(s) link: " + source));
                }
            }
            for (EntryText text : entry.texts().values()) {
                String body = text.summary() + "\n" + text.details();
                Matcher links = URL.matcher(body);
                while (links.find()) {
                    if (!wellFormed(links.group())) {
                        problems.add(KnowledgeProblem.error(text.file(), 0, "malformed link: " + links.group()));
                    }
                }
                if (body.length() > MAX_BODY_CHARS && (text.file().endsWith("fr.md") || text.file().endsWith("en.md"))) {
                    problems.add(KnowledgeProblem.warning(text.file(), 0, "the text has " + body.length()
                            + " characters: more than two phone screens (" + MAX_BODY_CHARS + ")"));
                }
            }
        }
        for (String intent : contentIntents) {
            if (!covered.contains(intent)) {
                problems.add(KnowledgeProblem.error("knowledge-base/entries", 0, "no entry answers the intent '" + intent + "'"));
            }
        }
        return problems;
    }

    static boolean wellFormed(String link) {
        try {
            URI uri = new URI(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (Exception e) {
            return false;
        }
    }
}
