package org.rahnama.gaps;

import java.util.Locale;
import java.util.Optional;

/** Why a question got no entry: what the editors' counts and {@code kb gaps} group by. */
public enum Reason {
    /** The classifier was not sure enough: the bot said it does not know. */
    UNSURE,
    /** A question outside what the bot covers (weather, football, one's chances...). */
    OUT_OF_SCOPE,
    /** An intent the knowledge base has no entry for. */
    NO_ENTRY;

    /** The value of the {@code reason} tag and of the stored counts. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Reason> fromTag(String tag) {
        for (Reason reason : values()) {
            if (reason.tag().equals(tag)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
