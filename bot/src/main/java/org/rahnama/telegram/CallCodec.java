package org.rahnama.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * A rendered Bot API call as text for the reply journal ({@code sendmessage {json}}), and back: what an instance
 * queued, another can send after a restart.
 */
final class CallCodec {

    private final ObjectMapper json;

    CallCodec(ObjectMapper json) {
        this.json = json;
    }

    String encode(BotApiMethod<?> call) {
        try {
            return call.getMethod() + " " + json.writeValueAsString(call);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Bot API call could not be written for the journal", e);
        }
    }

    BotApiMethod<?> decode(String payload) {
        int space = payload.indexOf(' ');
        String method = space < 0 ? payload : payload.substring(0, space);
        Class<? extends BotApiMethod<?>> type = switch (method) {
            case SendMessage.PATH -> SendMessage.class;
            case AnswerCallbackQuery.PATH -> AnswerCallbackQuery.class;
            default -> throw new IllegalArgumentException("not a call the bot journals: " + method);
        };
        try {
            return json.readValue(payload.substring(space + 1), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable journalled call " + method, e);
        }
    }
}
