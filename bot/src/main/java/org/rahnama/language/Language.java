package org.rahnama.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The six languages Rahnama speaks. The codes are public: they appear in JSON output, file names of the
 * data folders and evaluation sets.
 */
public enum Language {
    AR("ar", "العربية", true),
    PS("ps", "پښتو", true),
    PRS("prs", "دری", true),
    TI("ti", "ትግርኛ", false),
    EN("en", "English", false),
    FR("fr", "Français", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    /** The name a speaker of the language recognises, used on the language picker. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Exactly one of our six codes ({@code ar ps prs ti en fr}), no alias: what our own files and buttons carry. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** Accepts our codes and the usual aliases a Telegram profile or a caseworker may send (fa, fa-AF, pus). */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String base = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
        return switch (base) {
            case "fa", "prs", "dari", "per", "fas" -> Optional.of(PRS);
            case "ps", "pus", "pbt", "pst" -> Optional.of(PS);
            case "ar", "ara", "arb" -> Optional.of(AR);
            case "ti", "tir" -> Optional.of(TI);
            case "en", "eng" -> Optional.of(EN);
            case "fr", "fra", "fre" -> Optional.of(FR);
            default -> Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
        };
    }
}
