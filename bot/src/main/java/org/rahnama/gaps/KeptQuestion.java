package org.rahnama.gaps;

import java.time.Instant;
import org.rahnama.language.Language;

/**
 * A question the bot could not answer, kept for the editors because the person said yes; already masked.
 *
 * @param reason why it got no entry
 */
public record KeptQuestion(Instant at, Language language, String intent, Reason reason, String text) {
}
