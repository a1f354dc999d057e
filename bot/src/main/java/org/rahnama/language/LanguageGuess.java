package org.rahnama.language;

import java.util.Optional;

/**
 * What the detector believes about a message's language.
 *
 * @param language   the language, or {@code null} when the detector honestly cannot tell (an emoji, a lone "ok")
 * @param confidence between 0 and 1
 * @param romanized  true when Arabic, Dari or Pashto was typed in Latin letters
 */
public record LanguageGuess(Language language, double confidence, boolean romanized) {

    public static LanguageGuess unknown() {
        return new LanguageGuess(null, 0.0, false);
    }

    public boolean known() {
        return language != null;
    }

    public Optional<Language> asOptional() {
        return Optional.ofNullable(language);
    }

    /** The detected language, or the given one when the detector could not tell. */
    public Language orElse(Language fallback) {
        return language != null ? language : fallback;
    }
}
