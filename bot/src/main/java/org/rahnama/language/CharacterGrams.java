package org.rahnama.language;

import java.util.List;

/**
 * Character 3–5-grams of a word between boundary marks ("<caf>" → "<ca", "caf", "af>", ...): the features that
 * survive typos, Pashto and Tigrinya morphology and romanized spellings, for the intent and crisis models alike.
 */
public final class CharacterGrams {

    private CharacterGrams() {
    }

    /** Adds the word's n-grams to the features, each prefixed {@code c=}. */
    public static void addTo(List<String> features, String word) {
        int[] cps = ("<" + word + ">").codePoints().toArray();
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                features.add("c=" + new String(cps, i, n));
            }
        }
    }
}
