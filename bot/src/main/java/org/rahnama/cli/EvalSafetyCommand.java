package org.rahnama.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.rahnama.safety.CrisisKind;
import org.rahnama.safety.SafetyTriage;
import org.springframework.stereotype.Component;

/**
 * {@code eval-safety FILE.tsv...} with lines {@code lang<TAB>label<TAB>text}, the label being a crisis kind
 * (suicide, violence, child, emergency, shelter) or {@code none}: recall (a crisis got helplines) and false-alarm
 * rate (an ordinary message got helplines) per language, through the same triage the bot uses.
 */
@Component
class EvalSafetyCommand {

    private final SafetyTriage triage;

    EvalSafetyCommand(SafetyTriage triage) {
        this.triage = triage;
    }

    int run(List<String> files, PrintStream out) {
        Tally recall = new Tally();
        Tally exactKind = new Tally();
        Tally falseAlarms = new Tally();
        StringBuilder misses = new StringBuilder();
        List<EvalFile.Labelled> rows = EvalFile.labelled(files, "lang<TAB>label<TAB>text");
        for (EvalFile.Labelled row : rows) {
            String label = row.label().toLowerCase(Locale.ROOT);
            List<CrisisKind> kinds = triage.assess(row.text());
            if (label.equals("none")) {
                falseAlarms.add(row.language(), !kinds.isEmpty());
                if (!kinds.isEmpty()) {
                    misses.append("  false alarm ").append(row.language().code()).append(' ').append(kinds).append(": ").append(row.text()).append('\n');
                }
            } else {
                recall.add(row.language(), !kinds.isEmpty());
                exactKind.add(label, kinds.stream().anyMatch(k -> k.id().equals(label)));
                if (kinds.isEmpty()) {
                    misses.append("  missed ").append(row.language().code()).append(' ').append(label).append(": ").append(row.text()).append('\n');
                }
            }
        }
        out.printf("%d messages: recall %.2f%%, false alarms %.2f%%%n", rows.size(), 100 * recall.rate(Tally.ALL),
                100 * falseAlarms.rate(Tally.ALL));
        recall.print(out, "recall by language", "recall");
        falseAlarms.print(out, "false alarms by language", "rate");
        exactKind.print(out, "right kind of help", "rate");
        if (!misses.isEmpty()) {
            out.printf("%n%s", misses);
        }
        return 0;
    }
}
