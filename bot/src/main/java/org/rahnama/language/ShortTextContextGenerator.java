package org.rahnama.language;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;

/**
 * Features for chat-length text: character 1–4-grams inside each word (with word-boundary marks, so that
 * a prefix like Dari "می" or a suffix like Pashto "ږم" counts as such) and the whole words themselves.
 * OpenNLP's default generator takes n-grams across the whole text, which blurs the few words a chat
 * message has.
 */
public class ShortTextContextGenerator implements LanguageDetectorContextGenerator {

    private static final int MAX_N = 4;
    private static final int MAX_WORDS = 64;

    @Override
    @SuppressWarnings("unchecked")
    public <T extends CharSequence> T[] getContext(CharSequence document) {
        String text = TextNormalizer.clean(document.toString());
        List<String> features = new ArrayList<>();
        int words = 0;
        for (String word : text.split(" ")) {
            String w = stripPunctuation(word);
            if (w.isEmpty() || words++ >= MAX_WORDS) {
                continue;
            }
            features.add("w=" + w);
            String padded = "_" + w + "_";
            int[] cps = padded.codePoints().toArray();
            for (int n = 1; n <= MAX_N; n++) {
                for (int start = 0; start + n <= cps.length; start++) {
                    if (n == 1 && (start == 0 || start == cps.length - 1)) {
                        continue;
                    }
                    features.add(new String(cps, start, n));
                }
            }
        }
        return (T[]) features.toArray(new String[0]);
    }

    private static String stripPunctuation(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        || cp == 0x200C)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
