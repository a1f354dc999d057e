package org.rahnama.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rahnama.language.Language;

/**
 * A knowledge-base entry: one procedure, with the French reference version and its translations.
 *
 * @param intents  intent ids, the main one first
 * @param contacts contact types to offer with the answer
 * @param review   why maintainers must check the entry again once official pages change (null when nothing is pending)
 * @param keywords per-language words users type, indexed with the text
 */
public record Entry(String id, String theme, List<String> intents, List<String> contacts, List<String> audience,
                    List<String> sources, String checked, String updated, String review, Map<Language, List<String>> keywords,
                    Map<Language, EntryText> texts) {

    /** Beyond this, an entry's facts must be checked again. */
    public static final int CHECK_AGAIN_AFTER_MONTHS = 12;

    /** Whether the facts were last checked more than {@link #CHECK_AGAIN_AFTER_MONTHS} before {@code today}. */
    public boolean checkDue(LocalDate today) {
        return checked != null && LocalDate.parse(checked).isBefore(today.minusMonths(CHECK_AGAIN_AFTER_MONTHS));
    }

    public Optional<EntryText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    public String mainIntent() {
        return intents.getFirst();
    }

    /** A translation is stale when it was made from an older French version than the current one. */
    public boolean stale(Language language) {
        EntryText text = texts.get(language);
        return language != Language.FR && text != null
                && (text.translatedFrom() == null || text.translatedFrom().compareTo(updated) < 0);
    }
}
