package org.rahnama.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rahnama.language.TextNormalizer;

/**
 * The phrases of {@code nlp-models/safety/lexicon/*.tsv} compiled into one pattern per crisis kind. A line is
 * {@code category<TAB>phrase}; {@code *} stands for up to three words; {@code ignore} phrases ("not suicidal",
 * "kill time") are blanked out of a message before the other kinds are looked for.
 */
final class CrisisLexicon {

    private final Map<CrisisKind, Pattern> triggers;
    private final Pattern ignore;
    private final int phraseCount;

    private CrisisLexicon(Map<CrisisKind, Pattern> triggers, Pattern ignore, int phraseCount) {
        this.triggers = triggers;
        this.ignore = ignore;
        this.phraseCount = phraseCount;
    }

    /**
     * @param files file name → content of each lexicon file
     * @throws IllegalArgumentException naming file and line for a line that is not {@code category<TAB>phrase}
     */
    static CrisisLexicon parse(Map<String, String> files) {
        Map<CrisisKind, List<String>> phrases = new EnumMap<>(CrisisKind.class);
        List<String> ignored = new ArrayList<>();
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
                String regex = phraseRegex(line.substring(tab + 1));
                if (regex.isEmpty()) {
                    continue;
                }
                count++;
                if (category.equals("ignore")) {
                    ignored.add(regex);
                } else {
                    CrisisKind kind = kindOf(category, file.getKey(), i + 1);
                    phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(regex);
                }
            }
        }
        Map<CrisisKind, Pattern> triggers = new EnumMap<>(CrisisKind.class);
        phrases.forEach((kind, list) -> triggers.put(kind, alternation(list)));
        return new CrisisLexicon(triggers, ignored.isEmpty() ? null : alternation(ignored), count);
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

    private static String phraseRegex(String phrase) {
        StringBuilder regex = new StringBuilder();
        boolean hasWord = false;
        // Segments between '*' are folded whole, so that normalisations spanning two words apply to both sides.
        String[] segments = phrase.strip().split("\\*", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                regex.append("(?: \\S+){0,3}");
            }
            String folded = TextNormalizer.fold(segments[i]);
            for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
                regex.append(' ').append(Pattern.quote(word));
                hasWord = true;
            }
        }
        return hasWord ? regex.toString() : "";
    }

    private static Pattern alternation(List<String> regexes) {
        // Each alternative starts with a space; the text is padded with spaces, so matches sit on word bounds.
        return Pattern.compile("(?:" + String.join("|", regexes) + ")(?= )");
    }

    /** The kinds whose phrases occur in the message, after the harmless phrases were removed. */
    List<CrisisKind> match(String text) {
        String padded = " " + TextNormalizer.fold(text) + " ";
        if (ignore != null) {
            padded = ignore.matcher(padded).replaceAll(" | ");
        }
        List<CrisisKind> found = new ArrayList<>();
        for (Map.Entry<CrisisKind, Pattern> e : triggers.entrySet()) {
            if (e.getValue().matcher(padded).find()) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    /** Whether the message contains one of the harmless or negated phrases ("I am not suicidal"). */
    boolean negates(String text) {
        return ignore != null && ignore.matcher(" " + TextNormalizer.fold(text) + " ").find();
    }

    int phraseCount() {
        return phraseCount;
    }
}
