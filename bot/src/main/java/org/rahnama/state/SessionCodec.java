package org.rahnama.state;

import org.rahnama.language.Language;

/**
 * A session as one short Redis string: {@code lang|postcode|department|lastIntent|lastEntry|caseworker}. None of
 * the fields can contain '|' (codes, digits, ids), and a human reading Redis sees at once that no text is kept.
 */
final class SessionCodec {

    private SessionCodec() {
    }

    static String encode(Session s) {
        return String.join("|", s.language() == null ? "" : s.language().code(), n(s.postcode()), n(s.department()),
                n(s.lastIntent()), n(s.lastEntry()), s.caseworker() ? "1" : "0");
    }

    static Session decode(String value) {
        String[] f = value.split("\\|", -1);
        if (f.length < 6) {
            return Session.empty();
        }
        return new Session(Language.fromCode(f[0]).orElse(null), e(f[1]), e(f[2]), e(f[3]), e(f[4]), "1".equals(f[5]));
    }

    private static String n(String s) {
        return s == null ? "" : s.replace("|", "");
    }

    private static String e(String s) {
        return s.isEmpty() ? null : s;
    }
}
