package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/** What one instance journals, another sends unchanged: buttons, HTML and the location keyboard included. */
class CallCodecTest {

    private final CallCodec codec = new CallCodec(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    @Test
    void everyCallTheBotSends_readsBackAsTheSameCall() {
        List<BotApiMethod<?>> calls = List.of(
                SendMessage.builder().chatId(5L).text("<b>کجا</b> ✓").parseMode(ParseMode.HTML).disableWebPagePreview(true)
                        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder().text("Plus").callbackData("more:asylum-first-steps").build())).build())
                        .build(),
                SendMessage.builder().chatId(5L).text("Code postal ?").replyMarkup(ReplyKeyboardMarkup.builder()
                        .keyboardRow(new KeyboardRow(KeyboardButton.builder().text("Partager").requestLocation(true).build()))
                        .oneTimeKeyboard(true).resizeKeyboard(true).build()).build(),
                AnswerCallbackQuery.builder().callbackQueryId("cb7").build());
        for (BotApiMethod<?> call : calls) {
            String journalled = codec.encode(call);
            assertThat(codec.encode(codec.decode(journalled))).isEqualTo(journalled);
            assertThat(codec.decode(journalled)).isEqualTo(call);
        }
    }
}
