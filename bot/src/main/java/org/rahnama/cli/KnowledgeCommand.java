package org.rahnama.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.rahnama.contacts.ContactLint;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.knowledge.KnowledgeCoverage;
import org.rahnama.knowledge.KnowledgeLint;
import org.rahnama.knowledge.KnowledgeProblem;
import org.springframework.stereotype.Component;

/**
 * {@code kb lint [--path DIR]} and {@code kb coverage [--path DIR] [--html FILE]}: the maintainers' checks on a
 * knowledge-base folder (by default the configured one, else the copy in the jar).
 */
@Component
class KnowledgeCommand {

    private final DataFolders folders;
    private final IntentTaxonomy taxonomy;
    private final ContactTypes contactTypes;
    private final KnowledgeBase knowledgeBase;

    KnowledgeCommand(DataFolders folders, IntentTaxonomy taxonomy, ContactTypes contactTypes, KnowledgeBase knowledgeBase) {
        this.folders = folders;
        this.taxonomy = taxonomy;
        this.contactTypes = contactTypes;
        this.knowledgeBase = knowledgeBase;
    }

    int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            throw new CommandLine.UsageException("kb needs 'lint' or 'coverage'");
        }
        DataFolder folder = folders.knowledgeBase();
        Path html = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--path" -> folder = DataFolder.onDisk("knowledge-base", Path.of(CommandLine.optionValue(args, ++i)));
                case "--html" -> html = Path.of(CommandLine.optionValue(args, ++i));
                default -> throw new CommandLine.UsageException("unknown option " + args[i]);
            }
        }
        return switch (args[0]) {
            case "lint" -> lint(folder, out);
            case "coverage" -> coverage(folder, html, out);
            default -> throw new CommandLine.UsageException("kb needs 'lint' or 'coverage', not '" + args[0] + "'");
        };
    }

    private int lint(DataFolder folder, PrintStream out) {
        KnowledgeLint lint = new KnowledgeLint(Set.copyOf(taxonomy.ids()), taxonomy.contentIntents(), contactTypes.all(), Clock.systemDefaultZone());
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
        KnowledgeCoverage coverage = new KnowledgeCoverage(folder.equals(folders.knowledgeBase()) ? knowledgeBase.entries()
                : KnowledgeBase.of(folder, taxonomy, contactTypes).entries());
        out.print(coverage.text());
        if (html != null) {
            try {
                Files.writeString(html, coverage.html());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("HTML page written to " + html.toAbsolutePath());
        }
        return 0;
    }
}
