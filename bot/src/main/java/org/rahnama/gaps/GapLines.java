package org.rahnama.gaps;

import java.time.Instant;
import java.util.Optional;
import org.rahnama.language.Language;

/**
 * The one-line forms of counts and kept questions, shared by the file and the Redis ledgers: tab-separated, the text
 * last with its tabs and line breaks turned into spaces (a question needs neither).
 */
final class GapLines {

    private GapLines() {
    }

    static String key(GapCounts.Unanswered u) {
        return String.join("\t", u.language().code(), u.intent(), u.reason().tag());
    }

    static Optional<GapCounts.Unanswered> unanswered(String key) {
        String[] f = key.split("\t", -1);
        if (f.length != 3) {
            return Optional.empty();
        }
        Optional<Language> language = Language.ofCode(f[0]);
        Optional<Reason> reason = Reason.fromTag(f[2]);
        return language.isEmpty() || reason.isEmpty() ? Optional.empty()
                : Optional.of(new GapCounts.Unanswered(language.get(), f[1], reason.get()));
    }

    static String key(GapCounts.Vote v) {
        return String.join("\t", v.entry(), v.language().code(), v.helped() ? "up" : "down");
    }

    static Optional<GapCounts.Vote> vote(String key) {
        String[] f = key.split("\t", -1);
        if (f.length != 3) {
            return Optional.empty();
        }
        return Language.ofCode(f[1])
                .map(language -> new GapCounts.Vote(f[0], language, f[2].equals("up")));
    }

    /** {@code person<TAB>epochSecond<TAB>lang<TAB>intent<TAB>reason<TAB>text} */
    static String question(String person, KeptQuestion q) {
        return String.join("\t", person, Long.toString(q.at().getEpochSecond()), q.language().code(), q.intent(),
                q.reason().tag(), q.text().replaceAll("[\\t\\r\\n]+", " "));
    }

    static String person(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? "" : line.substring(0, tab);
    }

    static Optional<KeptQuestion> question(String line) {
        String[] f = line.split("\t", 6);
        if (f.length != 6) {
            return Optional.empty();
        }
        try {
            Optional<Language> language = Language.ofCode(f[2]);
            Optional<Reason> reason = Reason.fromTag(f[4]);
            return language.isEmpty() || reason.isEmpty() ? Optional.empty() : Optional.of(
                    new KeptQuestion(Instant.ofEpochSecond(Long.parseLong(f[1])), language.get(), f[3], reason.get(), f[5]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
