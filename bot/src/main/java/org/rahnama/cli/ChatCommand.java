package org.rahnama.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rahnama.conversation.Button;
import org.rahnama.conversation.Commands;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.Reply;
import org.springframework.stereotype.Component;

/**
 * {@code chat}: the bot in a terminal, as it behaves on Telegram. Buttons appear as numbered choices (type the
 * number to press one); the language and postcode are remembered for the session. No network, no token.
 */
@Component
class ChatCommand {

    private static final String USER = "terminal";

    private final Conversation conversation;

    ChatCommand(Conversation conversation) {
        this.conversation = conversation;
    }

    int run(InputStream in, PrintStream out) {
        out.println("Rahnama — type your question in Arabic, Pashto, Dari, Tigrinya, English or French.");
        out.println("A number presses a button; " + String.join(", ", Commands.NAMES.stream().map(c -> "/" + c).toList())
                + "; 'quit' or Ctrl-D ends.");
        Reply welcome = conversation.handle(IncomingMessage.text("terminal", USER, "/start"));
        show(welcome, out);
        List<Button> buttons = welcome.buttons();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            out.print("> ");
            out.flush();
            while ((line = reader.readLine()) != null) {
                String input = line.strip();
                if (input.equals("quit") || input.equals("exit")) {
                    break;
                }
                IncomingMessage message = pressed(input, buttons)
                        .map(b -> IncomingMessage.action("terminal", USER, b.action()))
                        .orElseGet(() -> IncomingMessage.text("terminal", USER, input));
                Reply reply = conversation.handle(message);
                show(reply, out);
                buttons = reply.buttons();
                out.print("> ");
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        return 0;
    }

    private static java.util.Optional<Button> pressed(String input, List<Button> buttons) {
        if (!input.matches("\\d{1,2}")) {
            return java.util.Optional.empty();
        }
        int index = Integer.parseInt(input) - 1;
        return index >= 0 && index < buttons.size() ? java.util.Optional.of(buttons.get(index)) : java.util.Optional.empty();
    }

    private static void show(Reply reply, PrintStream out) {
        out.println();
        out.println(reply.result().answer());
        List<Button> buttons = reply.buttons();
        if (!buttons.isEmpty()) {
            out.println();
            for (int i = 0; i < buttons.size(); i++) {
                out.printf("  [%d] %s%n", i + 1, buttons.get(i).label());
            }
        }
        if (reply.askLocation()) {
            out.println("  (type your postcode, for example 75011)");
        }
        out.println();
    }
}
