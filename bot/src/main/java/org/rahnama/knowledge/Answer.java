package org.rahnama.knowledge;

import org.rahnama.language.Language;

/**
 * An entry chosen for a question, in the language it can be shown in.
 *
 * @param shownIn  the language of {@link #text}: the person's, or French/English when the entry has no
 *                 version in it yet
 */
public record Answer(Entry entry, EntryText text, Language shownIn) {

    public boolean translationMissing(Language wanted) {
        return shownIn != wanted;
    }
}
