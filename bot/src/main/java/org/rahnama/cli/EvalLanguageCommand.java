package org.rahnama.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageDetector;
import org.rahnama.language.LanguageGuess;
import org.rahnama.language.ReplyLanguage;
import org.rahnama.language.SharedFormulae;
import org.springframework.stereotype.Component;

/**
 * {@code eval-language FILE.tsv...} with lines {@code lang<TAB>text[<TAB>tag]}: accuracy overall, per language,
 * per tag and per length (messages made only of greetings and blessings shared by Arabic, Dari and Pashto apart:
 * they carry no language, and count as wrong in the overall figure), the confusion matrix, and the Arabic-script
 * messages taken for another Arabic-script language (the confusions that matter most). Each message is detected alone, with no earlier language.
 */
@Component
class EvalLanguageCommand {

    private static final String UNKNOWN = "?";

    private final LanguageDetector detector;
    private final ReplyLanguage replyLanguage;

    EvalLanguageCommand(LanguageDetector detector, ReplyLanguage replyLanguage) {
        this.detector = detector;
        this.replyLanguage = replyLanguage;
    }

    int run(List<String> files, PrintStream out) {
        List<String[]> rows = EvalFile.read(files, 2, "lang<TAB>text[<TAB>tag]");
        Tally overall = new Tally();
        Tally byLanguage = new Tally();
        Tally byTag = new Tally();
        Tally byLength = new Tally();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> arabicScriptMixUps = new ArrayList<>();
        // What a person would notice on a first message (no earlier language): the script of the reply.
        Tally replyScript = new Tally();
        List<String> wrongScript = new ArrayList<>();
        long start = System.nanoTime();
        for (String[] row : rows) {
            String expected = Language.fromCode(row[0].strip()).map(Language::code).orElse(row[0].strip());
            LanguageGuess guess = detector.detect(row[1]);
            String got = guess.known() ? guess.language().code() : UNKNOWN;
            boolean hit = got.equals(expected);
            overall.add("all", hit);
            byLanguage.add(expected, hit);
            if (row.length > 2 && !row[2].isBlank()) {
                byTag.add(row[2].strip(), hit);
            }
            int words = row[1].strip().split("\\s+").length;
            if (SharedFormulae.only(row[1])) {
                // "الحمدلله" alone carries no language: the honest answer is "?", then the earlier language decides.
                byLength.add("shared formulae → ?", got.equals(UNKNOWN));
            } else {
                byLength.add(words <= 3 ? "1-3 words" : words <= 8 ? "4-8 words" : "9+ words", hit);
            }
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            if (!hit && arabicScript(expected) && arabicScript(got)) {
                arabicScriptMixUps.add(expected + " -> " + got + "  " + row[1].strip());
            }
            Language reply = replyLanguage.decide(row[1], null, null).reply();
            String written = writtenIn(row[1]);
            boolean fits = reply == null || switch (written) {
                case "Arabic script" -> reply.rightToLeft();
                case "Ethiopic" -> reply == Language.TI;
                default -> arabicScript(expected) || !reply.rightToLeft();
            };
            replyScript.add(written, fits);
            if (!fits) {
                wrongScript.add(written + " answered in " + reply.code() + "  " + row[1].strip());
            }
        }
        long micros = (System.nanoTime() - start) / 1000;
        out.printf("%d messages, %.2f%% right (%.1f µs per message including the file's order)%n", rows.size(),
                100 * overall.rate(Tally.ALL), (double) micros / rows.size());
        byLanguage.print(out, "language", "accuracy");
        byTag.print(out, "tag", "accuracy");
        byLength.print(out, "length", "accuracy");
        printConfusion(confusion, out);
        out.printf("%nArabic-script mix-ups (true -> detected)%n");
        arabicScriptMixUps.forEach(out::println);
        out.println();
        replyScript.print(out, "first reply in the message's script", "rate");
        out.println("(Arabic script never in en/fr/ti, Ethiopic always in ti, en/fr Latin never in ar/ps/prs; asking the language counts as right)");
        wrongScript.forEach(out::println);
        return 0;
    }

    /** The script most of a message's letters are in. */
    private static String writtenIn(String text) {
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long ethiopic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return ethiopic > 0 && ethiopic >= arabic ? "Ethiopic" : arabic > 0 && arabic * 6 >= arabic + latin + ethiopic ? "Arabic script" : "Latin";
    }

    /** Our right-to-left languages are the three written in Arabic script. */
    private static boolean arabicScript(String code) {
        return Language.fromCode(code).filter(Language::rightToLeft).isPresent();
    }

    private static void printConfusion(Map<String, Map<String, Integer>> confusion, PrintStream out) {
        List<String> columns = new java.util.ArrayList<>(Language.values().length + 1);
        for (Language l : Language.values()) {
            columns.add(l.code());
        }
        columns.add(UNKNOWN);
        out.printf("%nconfusion (rows: true language, columns: detected)%n%-6s", "");
        columns.forEach(c -> out.printf("%6s", c));
        out.println();
        confusion.forEach((expected, got) -> {
            out.printf("%-6s", expected);
            columns.forEach(c -> out.printf("%6d", got.getOrDefault(c, 0)));
            out.println();
        });
    }
}
