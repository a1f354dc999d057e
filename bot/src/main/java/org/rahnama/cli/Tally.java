package org.rahnama.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Hits out of totals per group, printed as an accuracy table. */
final class Tally {

    static final String ALL = "all";

    private final Map<String, int[]> counts = new TreeMap<>();

    void add(String group, boolean hit) {
        int[] c = counts.computeIfAbsent(group, g -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    /** Counts for the language and for all languages together. */
    void add(org.rahnama.language.Language language, boolean hit) {
        add(language.code(), hit);
        add(ALL, hit);
    }

    double rate(String group) {
        int[] c = counts.get(group);
        return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }

    void print(PrintStream out, String title, String what) {
        out.printf("%n%-28s %8s %8s %9s%n", title, "right", "total", what);
        counts.forEach((group, c) -> out.printf("%-28s %8d %8d %8.2f%%%n", group, c[0], c[1], 100.0 * c[0] / c[1]));
    }
}
