package org.rahnama.telegram;

import java.util.ArrayList;
import java.util.List;
import org.rahnama.conversation.Button;
import org.rahnama.conversation.Reply;
import org.rahnama.i18n.Translations;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * A {@link Reply} as Telegram messages: HTML with everything escaped, split under 4,096 characters, buttons as
 * an inline keyboard under the last message (two a row, so labels stay readable on a small phone), and
 * Telegram's own "share location" button when the bot asks where the person is.
 */
final class ReplyRenderer {

    private static final int BUTTONS_PER_ROW = 2;
    private static final int MAX_BUTTONS = 12;

    private final Translations translations;

    ReplyRenderer(Translations translations) {
        this.translations = translations;
    }

    List<SendMessage> render(long chatId, Reply reply) {
        List<String> chunks = new ArrayList<>();
        for (String message : reply.messages()) {
            chunks.addAll(TelegramHtml.split(message, TelegramHtml.LIMIT));
        }
        List<SendMessage> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            SendMessage message = SendMessage.builder().chatId(chatId).text(TelegramHtml.render(chunks.get(i)))
                    .parseMode(ParseMode.HTML).disableWebPagePreview(true).build();
            if (last) {
                message.setReplyMarkup(keyboard(reply));
            }
            out.add(message);
        }
        return out;
    }

    /** Posts for the caseworkers' group: plain text (what the person wrote is shown as written, never as markup). */
    List<SendMessage> teamPosts(Long teamChat, List<String> posts) {
        if (teamChat == null) {
            return List.of();
        }
        List<SendMessage> out = new ArrayList<>();
        for (String post : posts) {
            for (String chunk : TelegramHtml.split(post, TelegramHtml.LIMIT)) {
                out.add(SendMessage.builder().chatId(teamChat).text(chunk).disableWebPagePreview(true).build());
            }
        }
        return out;
    }

    private ReplyKeyboard keyboard(Reply reply) {
        if (reply.askLocation()) {
            KeyboardButton share = KeyboardButton.builder()
                    .text(translations.get(reply.language(), "button.share-location")).requestLocation(true).build();
            return ReplyKeyboardMarkup.builder().keyboardRow(new KeyboardRow(share)).oneTimeKeyboard(true).resizeKeyboard(true).build();
        }
        if (reply.buttons().isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Button button : reply.buttons().subList(0, Math.min(MAX_BUTTONS, reply.buttons().size()))) {
            row.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.action()).build());
            if (row.size() == BUTTONS_PER_ROW) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }
}
