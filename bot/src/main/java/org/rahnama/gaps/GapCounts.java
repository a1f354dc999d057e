package org.rahnama.gaps;

import java.util.Map;
import org.rahnama.language.Language;

/**
 * What is counted without anybody's consent, because it holds no text: unanswered questions by language, intent guess
 * and reason, and the 👍 / 👎 votes per entry and language.
 */
public record GapCounts(Map<Unanswered, Long> unanswered, Map<Vote, Long> votes) {

    /** @param reason the {@code reason} tag: {@code unsure}, {@code out-of-scope}, {@code no-entry} */
    public record Unanswered(Language language, String intent, Reason reason) {
    }

    public record Vote(String entry, Language language, boolean helped) {
    }
}
