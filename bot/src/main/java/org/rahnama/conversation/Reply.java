package org.rahnama.conversation;

import java.util.List;
import org.rahnama.language.Language;

/**
 * What the bot answers to one message.
 *
 * @param messages the texts to send, in order (light Markdown: **bold**, lists, bare links); a forwarded question
 *                 gets two, the answer in the client's language and the same in French
 * @param buttons  choices offered under the last message
 * @param language the language of the reply
 * @param result   the structured outcome, for JSON
 * @param askLocation whether the channel should offer its "share location" button
 * @param teamPosts messages for the caseworkers' group ({@code rahnama.handoff.chat-id}), in French; empty but for a
 *                  person writing to the team
 */
public record Reply(List<String> messages, List<Button> buttons, Language language, AskResult result, boolean askLocation,
                    List<String> teamPosts) {

    /** All messages as one text, as a terminal or JSON client shows it. */
    public String text() {
        return String.join("\n\n", messages);
    }
}
