package org.rahnama.language;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation shared by language detection, intent classification and the crisis detector.
 *
 * <p>Two strengths: {@link #clean} keeps the letters that tell Arabic, Dari and Pashto apart (ي vs ی,
 * ك vs ک) because the language detector needs them; {@link #fold} maps those variants together so that a
 * lexicon or a classifier matches whatever keyboard the person used.
 */
public final class TextNormalizer {

    private static final char TATWEEL = '\u0640';
    private static final char ZWNJ = '\u200C';
    /** Dari/Persian verb prefixes typed as a separate word ("می خواهم") instead of with ZWNJ ("می‌خواهم"). */
    private static final java.util.regex.Pattern SEPARATE_MI = java.util.regex.Pattern.compile("(^| )(ن?می) (?=\\p{IsArabic})");

    private TextNormalizer() {
    }

    /** Unicode NFKC, lower case, no Arabic diacritics or tatweel, no control characters, single spaces. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Words out = new Words(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (isArabicMark(cp) || cp == TATWEEL) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0xFFFD) {
                out.gap();
            } else {
                out.append(cp);
            }
        }
        return out.text();
    }

    /**
     * {@link #clean} plus: punctuation becomes a space, Arabic-script letter variants are unified, ZWNJ is
     * dropped (Dari users type "می‌خواهم", "میخواهم" and "می خواهم"), Latin accents are removed and
     * Arabic-Indic digits become ASCII; a separately typed Dari prefix می/نمی is joined to its verb.
     */
    public static String fold(String text) {
        String cleaned = clean(text);
        Words out = new Words(cleaned.length());
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ZWNJ) {
                continue;
            }
            int folded = foldLetter(cp);
            if (folded < 0) {
                continue;
            }
            if (folded == ' ' || !(Character.isLetterOrDigit(folded) || Character.getType(folded) == Character.NON_SPACING_MARK)) {
                out.gap();
            } else {
                out.append(folded);
            }
        }
        String folded = out.text();
        if (folded.contains("می ")) {
            folded = SEPARATE_MI.matcher(folded).replaceAll("$1$2");
        }
        return stripLatinAccents(folded);
    }

    private static int foldLetter(int cp) {
        return switch (cp) {
            case 'ي', 'ى', 'ئ' -> 'ی';
            case 'ك' -> 'ک';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة', 'ۀ', 'ە' -> 'ه';
            case 'ؤ' -> 'و';
            case '٠', '۰' -> '0';
            case '١', '۱' -> '1';
            case '٢', '۲' -> '2';
            case '٣', '۳' -> '3';
            case '٤', '۴' -> '4';
            case '٥', '۵' -> '5';
            case '٦', '۶' -> '6';
            case '٧', '۷' -> '7';
            case '٨', '۸' -> '8';
            case '٩', '۹' -> '9';
            case '\'', '’', '`' -> -1;
            default -> cp;
        };
    }

    private static String stripLatinAccents(String s) {
        boolean hasLatinAccent = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x00C0 && c <= 0x024F) {
                hasLatinAccent = true;
                break;
            }
        }
        if (!hasLatinAccent) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // Only combining marks that follow a Latin letter are dropped; Ethiopic and Arabic are untouched.
            if (c >= 0x0300 && c <= 0x036F) {
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).replace("œ", "oe").replace("æ", "ae");
    }

    static boolean isArabicMark(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED);
    }

    /** Characters and the gaps between words, written as single spaces, never at either end. */
    private static final class Words {

        private final StringBuilder out;
        private boolean gap;

        Words(int capacity) {
            this.out = new StringBuilder(capacity);
        }

        void append(int codePoint) {
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(codePoint);
        }

        void gap() {
            gap = true;
        }

        String text() {
            return out.toString();
        }
    }
}
