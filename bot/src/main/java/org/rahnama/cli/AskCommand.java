package org.rahnama.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.Reply;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ask [--json] [--postcode P] [--lang L] [QUESTION]}: one answer, or one per line of standard input. With
 * {@code --json}, exactly one JSON object per input line on stdout, in order. Each line is a separate person, so
 * no answer leans on the line before it.
 */
@Component
class AskCommand {

    private final Conversation conversation;
    private final JsonMapper json = JsonMapper.builder().build();

    AskCommand(Conversation conversation) {
        this.conversation = conversation;
    }

    int run(String[] args, InputStream in, PrintStream out) {
        boolean asJson = false;
        String postcode = null;
        Language language = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> asJson = true;
                case "--postcode" -> postcode = CommandLine.optionValue(args, ++i);
                case "--lang" -> {
                    String code = CommandLine.optionValue(args, ++i);
                    language = Language.fromCode(code).orElseThrow(() ->
                            new CommandLine.UsageException("Unknown language '" + code + "': use ar, ps, prs, ti, en or fr"));
                }
                default -> words.add(args[i]);
            }
        }
        if (!words.isEmpty()) {
            print(answer(String.join(" ", words), postcode, language), asJson, out);
            return 0;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                print(answer(line, postcode, language), asJson, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private Reply answer(String text, String postcode, Language language) {
        IncomingMessage message = IncomingMessage.anonymous("ask", text).withPostcode(postcode).withLanguage(language);
        return conversation.handle(message);
    }

    private void print(Reply reply, boolean asJson, PrintStream out) {
        if (asJson) {
            out.println(json.writeValueAsString(reply.result()));
        } else {
            out.println(reply.result().answer());
            out.println();
        }
        out.flush();
    }
}
