package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * A session as one short Redis string: {@code lang|postcode|department|lastEntry|shares|ticket|2}, {@code shares} being
 * {@code q} when the person agreed to keep unanswered questions. None of the fields can contain '|' (codes, digits,
 * ids), and a human reading Redis sees at once that no text is kept. Older sessions are still read: four fields
 * ({@code lang|postcode|department|lastEntry}) until the hand-off, and before 2026-12-07 six fields
 * ({@code lang|postcode|department|lastIntent|lastEntry|caseworker}, told apart by their fourth field, an intent).
 */
final class SessionCodec {

    private static final String SHARES = "q";
    /** A last field so that this format has seven fields, unlike both older ones. */
    private static final String VERSION = "2";

    private SessionCodec() {
    }

    static String encode(Session s) {
        return String.join("|", s.language() == null ? "" : s.language().code(), n(s.postcode()), n(s.department()),
                n(s.lastEntry()), s.sharesQuestions() ? SHARES : "", n(s.ticket()), VERSION);
    }

    static Session decode(String value) {
        String[] f = value.split("\\|", -1);
        Language language = f.length > 0 ? Language.fromCode(f[0]).orElse(null) : null;
        return switch (f.length) {
            case 7 -> new Session(language, e(f[1]), e(f[2]), e(f[3]), f[4].equals(SHARES), e(f[5]));
            case 4 -> new Session(language, e(f[1]), e(f[2]), e(f[3]), false, null);
            case 6 -> new Session(language, e(f[1]), e(f[2]), e(f[4]), false, null);
            default -> Session.empty();
        };
    }

    private static String n(String s) {
        return s == null ? "" : s.replace("|", "");
    }

    private static String e(String s) {
        return s.isEmpty() ? null : s;
    }
}
