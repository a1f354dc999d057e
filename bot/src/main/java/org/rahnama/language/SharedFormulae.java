package org.rahnama.language;

import java.util.Set;

/**
 * Greetings and blessings that Arabic, Dari and Pashto speakers all write the same way ("سلام علیکم",
 * "الحمدلله", "ان شاء الله", "inshallah"). A message made only of them says nothing about its language:
 * the detector then trusts the person's earlier language, or says it cannot tell, instead of guessing one of the
 * three and answering a Dari speaker in Arabic.
 */
public final class SharedFormulae {

    /**
     * Written as {@link #key} leaves them: letters only, variants folded, hamza dropped. Only formulae that all three
     * languages use belong here; "خدا حافظ" (Dari and Pashto, not Arabic) or "شکریه" do not.
     */
    private static final Set<String> FORMULAE = Set.of(
            "سلام", "السلام", "سلامعلیکم", "السلامعلیکم", "سلاموعلیکم", "علیکمالسلام", "علیکمسلام", "وعلیکم",
            "وعلیکمالسلام", "وعلیکمسلام", "ورحمهالله", "وبرکاته", "الحمدلله", "الحمدالله", "الحمد", "لله", "انشاالله",
            "انشالله", "انشاءالله", "ماشاالله", "ماشالله", "بسمالله", "بسماللهالرحمنالرحیم", "الله", "اللهاکبر",
            "جزاکالله", "جزاکاللهخیر", "خیر", "سبحانالله", "استغفرالله", "امین", "یارب",
            "salam", "salaam", "slm", "assalam", "assalamu", "salamu", "alaikum", "aleikum", "alaykum", "alikum",
            "salamalaikum", "salamaleikum", "salamalikum", "assalamualaikum", "assalamoalaikum", "asalamualaikum",
            "wa", "walaikum", "waalaikum", "walaikumsalam", "walaikumassalam", "alhamdulillah", "alhamdulilah",
            "hamdulillah", "hamdoulah", "inshallah", "inchallah", "insha", "allah", "inshaallah", "nchallah",
            "mashallah", "machallah", "masha", "bismillah", "subhanallah", "allahuakbar", "jazakallah",
            "jazakallahkhair", "khair", "ameen", "amin");

    /** Longest formula, in characters: the segmentation never needs to look further. */
    private static final int LONGEST = FORMULAE.stream().mapToInt(String::length).max().orElse(0);

    private SharedFormulae() {
    }

    /** True when the message is made only of the shared formulae (and has at least one). */
    public static boolean only(String text) {
        String letters = key(TextNormalizer.fold(text));
        return !letters.isEmpty() && segments(letters);
    }

    /** People join and split these words freely ("ان شاء الله", "انشاالله"), so the words are matched run together. */
    private static boolean segments(String letters) {
        boolean[] reachable = new boolean[letters.length() + 1];
        reachable[0] = true;
        for (int start = 0; start < letters.length(); start++) {
            if (!reachable[start]) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(letters.length(), start + LONGEST); end++) {
                if (FORMULAE.contains(letters.substring(start, end))) {
                    reachable[end] = true;
                }
            }
        }
        return reachable[letters.length()];
    }

    /** The letters of folded text run together: spaces, digits, emoji and hamza go. */
    private static String key(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetter).filter(cp -> cp != 'ء').forEach(out::appendCodePoint);
        return out.toString();
    }
}
