package org.rahnama.knowledge;

/**
 * One language version of an entry.
 *
 * @param title          the title in that language
 * @param summary        the short answer (Markdown), shown first
 * @param details        the rest (Markdown), offered behind a "more" button; empty when there is none
 * @param translatedFrom for a translation, the {@code updated} date of the French file it was made from
 * @param file           where it comes from, for maintainers' messages
 */
public record EntryText(String title, String summary, String details, String translatedFrom, String file) {
}
