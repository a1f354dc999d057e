package org.rahnama.contacts;

import java.util.Optional;

/**
 * French postcode → department code, offline. Corsica's 20xxx codes split into 2A (up to 201xx) and 2B;
 * overseas departments use three digits (971–976).
 */
public final class Postcodes {

    private Postcodes() {
    }

    public static boolean isPostcode(String text) {
        return text != null && text.strip().matches("\\d{5}");
    }

    public static Optional<String> department(String postcode) {
        if (!isPostcode(postcode)) {
            return Optional.empty();
        }
        String p = postcode.strip();
        if (p.startsWith("00")) {
            return Optional.empty();
        }
        if (p.startsWith("20")) {
            return Optional.of(Integer.parseInt(p.substring(2, 3)) <= 1 ? "2A" : "2B");
        }
        if (p.startsWith("97")) {
            String dom = p.substring(0, 3);
            // 977 Saint-Barthélemy and 978 Saint-Martin use 97133/97150 and are not departments.
            return p.startsWith("97133") || p.startsWith("97150") || dom.compareTo("976") > 0
                    ? Optional.empty() : Optional.of(dom);
        }
        if (p.startsWith("98")) {
            return Optional.empty();
        }
        return Optional.of(p.substring(0, 2));
    }
}
