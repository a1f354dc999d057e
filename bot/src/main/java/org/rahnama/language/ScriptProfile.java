package org.rahnama.language;

/** What the letters of a message say about its writing system, counted in one pass. */
record ScriptProfile(int arabic, int ethiopic, int latin, int otherLetters, int pashtoOnly, int notArabic) {

    static ScriptProfile of(String text) {
        int arabic = 0, ethiopic = 0, latin = 0, other = 0, pashto = 0, notArabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (isArabicScript(cp)) {
                arabic++;
                if (isPashtoOnly(cp)) {
                    pashto++;
                }
                if (isPersianAlphabetOnly(cp)) {
                    notArabic++;
                }
            } else if (isEthiopic(cp)) {
                ethiopic++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        return new ScriptProfile(arabic, ethiopic, latin, other, pashto, notArabic);
    }

    int letters() {
        return arabic + ethiopic + latin + otherLetters;
    }

    Script dominant() {
        int max = Math.max(Math.max(arabic, ethiopic), Math.max(latin, otherLetters));
        if (max == 0) {
            return Script.NONE;
        }
        if (max == ethiopic) {
            return Script.ETHIOPIC;
        }
        if (max == arabic) {
            return Script.ARABIC;
        }
        if (max == latin) {
            return Script.LATIN;
        }
        return Script.OTHER;
    }

    enum Script { ARABIC, ETHIOPIC, LATIN, OTHER, NONE }

    static boolean isArabicScript(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    static boolean isEthiopic(int cp) {
        return (cp >= 0x1200 && cp <= 0x139F) || (cp >= 0x2D80 && cp <= 0x2DDF) || (cp >= 0xAB00 && cp <= 0xAB2F);
    }

    /**
     * ی ک گ پ چ ژ: the Persian alphabet's letters, which Dari and Pashto keyboards type and Arabic ones do not (an
     * Arabic speaker writes ي and ك). None of them occurs in our Arabic corpus.
     */
    static boolean isPersianAlphabetOnly(int cp) {
        return switch (cp) {
            case 0x06CC, 0x06A9, 0x06AF, 0x067E, 0x0686, 0x0698 -> true;
            default -> false;
        };
    }

    /** ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ: letters that only Pashto uses among our languages. */
    static boolean isPashtoOnly(int cp) {
        return switch (cp) {
            case 0x067C, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x06BC, 0x06D0, 0x06CD, 0x0681, 0x0685 -> true;
            default -> false;
        };
    }
}
