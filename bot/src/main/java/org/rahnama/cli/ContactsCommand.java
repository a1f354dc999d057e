package org.rahnama.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rahnama.contacts.ContactImporter;
import org.rahnama.data.DataFolders;
import org.springframework.stereotype.Component;

/**
 * {@code contacts import --format F FILE [--department D] [--source TEXT] [--date YYYY-MM-DD] [--out FILE]}: converts
 * an official open-data file into a CSV of the directory (by default {@code contacts/F[-D].csv} of the knowledge base
 * on disk), with the source and the date of the data on every row. The date is the data's, not the import's: given
 * with {@code --date} or read from the file name ({@code france-services-anct-2024-08-01.csv}).
 */
@Component
class ContactsCommand {

    private final DataFolders folders;

    ContactsCommand(DataFolders folders) {
        this.folders = folders;
    }

    int run(String[] args, PrintStream out) {
        if (args.length == 0 || !args[0].equals("import")) {
            throw new CommandLine.UsageException("usage: contacts import --format france-services|finess|service-public|laposte-postcodes FILE "
                    + "[--department D] [--source TEXT] [--date YYYY-MM-DD] [--out FILE]");
        }
        String format = null;
        String department = null;
        String source = null;
        String date = null;
        Path output = null;
        Path input = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = CommandLine.optionValue(args, ++i);
                case "--department" -> department = CommandLine.optionValue(args, ++i).toUpperCase(java.util.Locale.ROOT);
                case "--source" -> source = CommandLine.optionValue(args, ++i);
                case "--date" -> date = CommandLine.optionValue(args, ++i);
                case "--out" -> output = Path.of(CommandLine.optionValue(args, ++i));
                default -> input = Path.of(args[i]);
            }
        }
        if (format == null || input == null) {
            throw new CommandLine.UsageException("contacts import needs --format and a FILE");
        }
        try {
            String content = decode(Files.readAllBytes(input));
            String from = source != null ? source : format + " open data file " + input.getFileName();
            String checked = dataDate(date, input);
            if (output == null) {
                Path knowledgeBase = folders.knowledgeBase().directory().orElse(Path.of("knowledge-base"));
                output = knowledgeBase.resolve("contacts/" + format.replace("laposte-", "") + (department == null ? "" : "-" + department) + ".csv");
            }
            String comment = "Imported from " + from + " (data of " + checked + ") on " + LocalDate.now()
                    + ". Re-run the import rather than editing by hand.";
            Files.createDirectories(output.toAbsolutePath().getParent());
            if (format.equals("laposte-postcodes")) {
                ContactImporter.PostcodeTable imported = ContactImporter.postcodes(content, from, checked, comment);
                Files.writeString(output, imported.csv());
                out.printf("%d postcode rows written to %s (%d rows skipped)%n", imported.rows(), output, imported.skipped().size());
                return 0;
            }
            ContactImporter.Imported imported = ContactImporter.run(format, content, department, from, checked);
            Files.writeString(output, imported.csv(comment));
            out.printf("%d contacts written to %s (%d rows skipped)%n", imported.contacts().size(), output, imported.skipped().size());
            imported.skipped().stream().limit(20).forEach(s -> out.println("  skipped " + s));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException(input + ": " + e.getMessage());
        }
    }

    private static String dataDate(String given, Path input) {
        if (given != null) {
            try {
                return LocalDate.parse(given).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.UsageException("--date must be YYYY-MM-DD, not '" + given + "'");
            }
        }
        java.util.regex.Matcher inName = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})").matcher(input.getFileName().toString());
        if (!inName.find()) {
            throw new CommandLine.UsageException("give the date of the data with --date YYYY-MM-DD (the file name has none)");
        }
        return LocalDate.parse(inName.group(1)).toString();
    }

    /** Official files come in UTF-8 or, for FINESS, Latin-1. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
