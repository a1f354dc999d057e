package org.rahnama.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * What the crisis model makes of one message: a probability per label. Kept apart from the alarm threshold so
 * that {@code safety-cv} can try every threshold on one reading of each message.
 */
final class CrisisOdds {

    static final CrisisOdds NOTHING = new CrisisOdds(new double[] {1}, new CrisisKind[] {null});

    private final double[] probabilities;
    /** The kind of each label, null for {@code none}. */
    private final CrisisKind[] kinds;

    CrisisOdds(double[] probabilities, CrisisKind[] kinds) {
        this.probabilities = probabilities;
        this.kinds = kinds;
    }

    /** The probability of "some crisis": one minus that of {@code none}. */
    double crisis() {
        double crisis = 0;
        for (int i = 0; i < kinds.length; i++) {
            crisis += kinds[i] == null ? 0 : probabilities[i];
        }
        return crisis;
    }

    /** The crisis kinds at this alarm threshold, likeliest first; empty below it. */
    List<CrisisKind> kinds(double alarm) {
        if (crisis() < alarm) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != null) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(probabilities[b], probabilities[a]));
        List<CrisisKind> likely = new ArrayList<>();
        // Report the likeliest kind, and the next ones while they matter (violence against a child is both).
        for (int i : order) {
            if (!likely.isEmpty() && probabilities[i] < alarm / 2) {
                break;
            }
            likely.add(kinds[i]);
        }
        return likely;
    }
}
