package org.rahnama.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.rahnama.contacts.ContactLint;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.rahnama.gaps.GapLedger;
import org.rahnama.gaps.GapReport;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.KnowledgeCoverage;
import org.rahnama.knowledge.KnowledgeLint;
import org.rahnama.knowledge.KnowledgeProblem;
import org.springframework.stereotype.Component;

/**
 * {@code kb lint [--path DIR]}, {@code kb coverage [--path DIR] [--html FILE]} and {@code kb gaps [--html FILE]}: the
 * maintainers' checks on a knowledge-base folder (by default the configured one, else the copy in the jar), and what
 * people asked that it does not answer (from the editors' ledger: Redis when configured, else {@code rahnama.gaps.folder}).
 */
@Component
class KnowledgeCommand {

    private final DataFolders folders;
    private final IntentTaxonomy taxonomy;
    private final ContactTypes contactTypes;
    private final KnowledgeBase knowledgeBase;
    private final GapLedger ledger;
    private final Clock clock;

    KnowledgeCommand(DataFolders folders, IntentTaxonomy taxonomy, ContactTypes contactTypes, KnowledgeBase knowledgeBase,
                     GapLedger ledger, Clock clock) {
        this.folders = folders;
        this.taxonomy = taxonomy;
        this.contactTypes = contactTypes;
        this.knowledgeBase = knowledgeBase;
        this.ledger = ledger;
        this.clock = clock;
    }

    int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            throw new CommandLine.UsageException("kb needs 'lint', 'coverage' or 'gaps'");
        }
        DataFolder folder = folders.knowledgeBase();
        Path html = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--path" -> folder = DataFolder.onDisk("knowledge-base", Path.of(CommandLine.optionValue(args, ++i)));
                case "--html" -> html = Path.of(CommandLine.optionValue(args, ++i));
                default -> {
                    // Spring reads --rahnama.* settings given on the command line (e.g. --rahnama.gaps.folder=DIR).
                    if (!args[i].startsWith("--rahnama.")) {
                        throw new CommandLine.UsageException("unknown option " + args[i]);
                    }
                }
            }
        }
        return switch (args[0]) {
            case "lint" -> lint(folder, out);
            case "coverage" -> coverage(folder, html, out);
            case "gaps" -> gaps(folder, html, out);
            default -> throw new CommandLine.UsageException("kb needs 'lint', 'coverage' or 'gaps', not '" + args[0] + "'");
        };
    }

    private int lint(DataFolder folder, PrintStream out) {
        KnowledgeLint lint = new KnowledgeLint(Set.copyOf(taxonomy.ids()), taxonomy.contentIntents(), contactTypes.all(), clock);
        List<KnowledgeProblem> problems = lint.check(folder);
        List<String> contactProblems = new ContactLint(contactTypes).check(folder);
        problems.forEach(out::println);
        contactProblems.forEach(p -> out.println("ERROR " + p));
        long errors = problems.stream().filter(KnowledgeProblem::error).count() + contactProblems.size();
        long warnings = problems.size() - problems.stream().filter(KnowledgeProblem::error).count();
        out.printf("%d errors, %d warnings in %s%n", errors, warnings, folder);
        return errors == 0 ? 0 : 1;
    }

    private int coverage(DataFolder folder, Path html, PrintStream out) {
        KnowledgeCoverage coverage = new KnowledgeCoverage(entries(folder));
        out.print(coverage.text());
        writeHtml(html, coverage.html(), out);
        return 0;
    }

    private int gaps(DataFolder folder, Path html, PrintStream out) {
        GapReport report = GapReport.of(ledger, entries(folder), clock);
        out.print(report.text());
        writeHtml(html, report.html(), out);
        return 0;
    }

    private Collection<Entry> entries(DataFolder folder) {
        return folder.equals(folders.knowledgeBase()) ? knowledgeBase.entries() : KnowledgeBase.of(folder, taxonomy, contactTypes).entries();
    }

    private static void writeHtml(Path html, String page, PrintStream out) {
        if (html == null) {
            return;
        }
        try {
            Files.writeString(html, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("HTML page written to " + html.toAbsolutePath());
    }
}
