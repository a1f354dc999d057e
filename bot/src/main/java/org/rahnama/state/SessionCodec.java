package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * A session as one short Redis string: {@code lang|postcode|department|lastEntry}. None of the fields can contain
 * '|' (codes, digits, ids), and a human reading Redis sees at once that no text is kept. Sessions written before
 * 2026-12-07 had six fields ({@code lang|postcode|department|lastIntent|lastEntry|caseworker}) and are still read.
 */
final class SessionCodec {

    private SessionCodec() {
    }

    static String encode(Session s) {
        return String.join("|", s.language() == null ? "" : s.language().code(), n(s.postcode()), n(s.department()),
                n(s.lastEntry()));
    }

    static Session decode(String value) {
        String[] f = value.split("\\|", -1);
        return switch (f.length) {
            case 4 -> new Session(Language.fromCode(f[0]).orElse(null), e(f[1]), e(f[2]), e(f[3]));
            case 6 -> new Session(Language.fromCode(f[0]).orElse(null), e(f[1]), e(f[2]), e(f[4]));
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
