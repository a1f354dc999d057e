package org.rahnama.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** Runs the command named by the first argument and returns its exit code. */
@Component
public class CommandLine {

    private final ChatCommand chat;
    private final AskCommand ask;
    private final KnowledgeCommand knowledge;
    private final EvalLanguageCommand evalLanguage;
    private final EvalIntentCommand evalIntent;
    private final EvalSafetyCommand evalSafety;
    private final ContactsCommand contacts;

    CommandLine(ChatCommand chat, AskCommand ask, KnowledgeCommand knowledge, EvalLanguageCommand evalLanguage,
                EvalIntentCommand evalIntent, EvalSafetyCommand evalSafety, ContactsCommand contacts) {
        this.chat = chat;
        this.ask = ask;
        this.knowledge = knowledge;
        this.evalLanguage = evalLanguage;
        this.evalIntent = evalIntent;
        this.evalSafety = evalSafety;
        this.contacts = contacts;
    }

    public int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "chat" -> chat.run(System.in, out);
                case "ask" -> ask.run(rest, System.in, out);
                case "kb" -> knowledge.run(rest, out);
                case "eval-language" -> evalLanguage.run(files(rest), out);
                case "eval-intent" -> evalIntent.run(files(rest), out);
                case "eval-safety" -> evalSafety.run(files(rest), out);
                case "contacts" -> contacts.run(rest, out);
                default -> usage(out);
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            return 2;
        }
    }

    /** The files named; {@code --rahnama.*} settings given on the same line are Spring's, not files. */
    private static java.util.List<String> files(String[] args) {
        java.util.List<String> files = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (files.isEmpty()) {
            throw new UsageException("name one or more evaluation files or folders");
        }
        return files;
    }

    private static int usage(PrintStream out) {
        out.println("""
                Usage: java -jar rahnama.jar [COMMAND]
                  (no command)                      the service: HTTP API, actuator, Telegram when a token is set
                  chat                              talk to the bot in this terminal
                  ask [--json] [--postcode P] [--lang L] [QUESTION]
                                                    answer one question, or one per line of standard input
                  kb lint [--path DIR]              check the knowledge base (errors give exit code 1)
                  kb coverage [--path DIR] [--html FILE]
                                                    entries x languages: present, missing, stale
                  kb gaps [--html FILE]             unanswered questions, entries people found unhelpful, entries to check
                  contacts import --format france-services|finess|service-public FILE [--department D] [--source URL] [--out FILE]
                                                    load official open data into the contact directory
                  eval-language FILE...             language accuracy (lang<TAB>text[<TAB>tag])
                  eval-intent FILE...               intent top-1/top-3 (lang<TAB>intent<TAB>text)
                  eval-safety FILE...               crisis recall and false alarms (lang<TAB>label<TAB>text)
                  train [NLP_MODELS] [OUT]          train the language, intent and crisis models
                  intent-cv [NLP_MODELS] [--write]  cross-validate the intent model's confidence thresholds per language
                  safety-cv [NLP_MODELS]            cross-validate the safety check at several alarm thresholds""");
        return 0;
    }

    /** The value following an option ({@code --lang ps}), or a usage error naming the option. */
    static String optionValue(String[] args, int index) {
        if (index >= args.length) {
            throw new UsageException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    /** A command line that does not make sense; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
