package org.rahnama.safety;

import java.util.Arrays;
import org.rahnama.language.TextNormalizer;

/** The folded words the crisis model reads, the same at training time and at run time. */
final class CrisisWords {

    private static final int MAX_WORDS = 80;

    private CrisisWords() {
    }

    static String[] of(String text) {
        return Arrays.stream(TextNormalizer.fold(text).split(" "))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .toArray(String[]::new);
    }
}
