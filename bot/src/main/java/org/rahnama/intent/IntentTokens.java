package org.rahnama.intent;

import java.util.ArrayList;
import java.util.List;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageAnalyzers;
import org.rahnama.language.TextNormalizer;

/** Turns a message into the token array the intent model reads (see {@link IntentFeatureGenerator}). */
final class IntentTokens {

    static final String RAW = "~";
    private static final int MAX_WORDS = 80;

    private IntentTokens() {
    }

    static String[] of(Language language, String text) {
        List<String> tokens = new ArrayList<>();
        List<String> terms = LanguageAnalyzers.terms(language, text);
        for (int i = 0; i < terms.size() && i < MAX_WORDS; i++) {
            tokens.add(terms.get(i));
        }
        String[] words = TextNormalizer.fold(text).split(" ");
        for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
            if (!words[i].isEmpty()) {
                tokens.add(RAW + words[i]);
            }
        }
        return tokens.toArray(new String[0]);
    }
}
