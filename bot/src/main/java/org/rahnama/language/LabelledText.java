package org.rahnama.language;

/**
 * One line of training or evaluation data.
 *
 * @param language  whose language the text is
 * @param label     the second column (an intent id, a crisis category, an evaluation tag), or "" when absent
 * @param text      the message
 * @param romanized true when the file holds Arabic, Dari or Pashto typed in Latin letters ({@code *-latn})
 */
public record LabelledText(Language language, String label, String text, boolean romanized) {
}
