package org.rahnama.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rahnama.language.TextNormalizer;

/**
 * The phrases of {@code nlp-models/safety/lexicon/*.tsv} compiled into one pattern per crisis kind. A line is
 * {@code category<TAB>phrase}; {@code *} stands for up to three words; {@code ignore} phrases ("not suicidal",
 * "kill time") are blanked out of a message before the other kinds are looked for.
 */
final class CrisisLexicon {

    /** One phrase: its kind (null for an ignore phrase) and its pattern, anchored where its first word starts. */
    private record Phrase(CrisisKind kind, Pattern pattern) {
    }

    /**
     * Phrases indexed by their first word: a message is scanned once, and at each word only the phrases that start
     * with it are tried. One alternation of thousands of phrases, tried at every position, cost half a millisecond
     * a message.
     */
    private final Map<String, List<Phrase>> triggers;
    private final Map<String, List<Phrase>> ignore;
    private final int phraseCount;

    private CrisisLexicon(Map<String, List<Phrase>> triggers, Map<String, List<Phrase>> ignore, int phraseCount) {
        this.triggers = triggers;
        this.ignore = ignore;
        this.phraseCount = phraseCount;
    }

    /**
     * @param files file name → content of each lexicon file
     * @throws IllegalArgumentException naming file and line for a line that is not {@code category<TAB>phrase}
     */
    static CrisisLexicon parse(Map<String, String> files) {
        Map<String, List<Phrase>> triggers = new HashMap<>();
        Map<String, List<Phrase>> ignored = new HashMap<>();
        int count = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String[] lines = file.getValue().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalArgumentException(file.getKey() + ":" + (i + 1) + ": expected category<TAB>phrase");
                }
                String category = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                boolean isIgnore = category.equals("ignore");
                CrisisKind kind = isIgnore ? null : kindOf(category, file.getKey(), i + 1);
                List<String> words = phraseWords(line.substring(tab + 1));
                if (words.isEmpty()) {
                    continue;
                }
                count++;
                Phrase phrase = new Phrase(kind, Pattern.compile(regex(words) + "(?= )"));
                (isIgnore ? ignored : triggers).computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(phrase);
            }
        }
        return new CrisisLexicon(triggers, ignored, count);
    }

    private static CrisisKind kindOf(String category, String file, int line) {
        for (CrisisKind kind : CrisisKind.values()) {
            if (kind.id().equals(category)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(file + ":" + line + ": unknown category '" + category
                + "' (suicide, violence, child, emergency, shelter or ignore)");
    }

    /**
     * The folded words of a phrase, "*" kept as a word. Segments between '*' are folded whole, so that
     * normalisations spanning two words apply to both sides; a leading or trailing '*' changes nothing and goes.
     */
    private static List<String> phraseWords(String phrase) {
        List<String> words = new ArrayList<>();
        String[] segments = phrase.strip().split("\\*", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0 && !words.isEmpty()) {
                words.add("*");
            }
            String folded = TextNormalizer.fold(segments[i]);
            if (!folded.isEmpty()) {
                words.addAll(List.of(folded.split(" ")));
            }
        }
        while (!words.isEmpty() && words.getLast().equals("*")) {
            words.removeLast();
        }
        return words;
    }

    private static String regex(List<String> words) {
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (word.equals("*")) {
                regex.append("(?: \\S+){0,3}");
            } else {
                regex.append(' ').append(Pattern.quote(word));
            }
        }
        return regex.toString();
    }

    /**
     * What the lexicons find in a message: the kinds whose phrases occur in it once the harmless phrases were
     * removed, most urgent first, and whether it contains a harmless or negated phrase ("I am not suicidal").
     */
    record Finding(List<CrisisKind> kinds, boolean denied) {
    }

    /** One folding and one search for harmless phrases serve both halves of the {@link Finding}. */
    Finding find(String text) {
        char[] padded = (" " + TextNormalizer.fold(text) + " ").toCharArray();
        List<int[]> harmless = spans(new String(padded), ignore);
        // Harmless phrases ("not suicidal") are blanked out, so the triggers inside them are not seen.
        for (int[] span : harmless) {
            for (int i = span[0] + 1; i < span[1]; i++) {
                padded[i] = '|';
            }
        }
        String cleaned = new String(padded);
        EnumSet<CrisisKind> found = EnumSet.noneOf(CrisisKind.class);
        for (int start = 0; start < cleaned.length() - 1; start++) {
            if (cleaned.charAt(start) != ' ') {
                continue;
            }
            for (Phrase phrase : candidates(cleaned, start, triggers)) {
                if (!found.contains(phrase.kind()) && phrase.pattern().matcher(cleaned).region(start, cleaned.length()).lookingAt()) {
                    found.add(phrase.kind());
                }
            }
        }
        return new Finding(new ArrayList<>(found), !harmless.isEmpty());
    }

    /** The kinds whose phrases occur in the message, after the harmless phrases were removed, most urgent first. */
    List<CrisisKind> match(String text) {
        return find(text).kinds();
    }

    /** Whether the message contains one of the harmless or negated phrases ("I am not suicidal"). */
    boolean negates(String text) {
        return find(text).denied();
    }

    private static List<int[]> spans(String padded, Map<String, List<Phrase>> phrases) {
        List<int[]> spans = new ArrayList<>();
        for (int start = 0; start < padded.length() - 1; start++) {
            if (padded.charAt(start) != ' ') {
                continue;
            }
            for (Phrase phrase : candidates(padded, start, phrases)) {
                Matcher m = phrase.pattern().matcher(padded).region(start, padded.length());
                if (m.lookingAt()) {
                    spans.add(new int[] {start, m.end()});
                }
            }
        }
        return spans;
    }

    /** The phrases whose first word is the word starting after the space at {@code start}. */
    private static List<Phrase> candidates(String padded, int start, Map<String, List<Phrase>> phrases) {
        int end = padded.indexOf(' ', start + 1);
        if (end < 0) {
            return List.of();
        }
        return phrases.getOrDefault(padded.substring(start + 1, end), List.of());
    }

    int phraseCount() {
        return phraseCount;
    }
}
