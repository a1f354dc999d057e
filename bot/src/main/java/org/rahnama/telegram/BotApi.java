package org.rahnama.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/** The calls the bot makes to Telegram; an interface so that delivery logic does not depend on the HTTP client. */
interface BotApi {

    <T extends Serializable> T call(BotApiMethod<T> method) throws DeliveryFailure;

    /** setWebhook is a multipart call in TelegramBots, apart from the other methods. */
    void setWebhook(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook setWebhook) throws DeliveryFailure;

    /**
     * Why a call failed, and whether trying again can help.
     *
     * @param retryAfterSeconds Telegram's {@code retry_after} on 429, else 0
     */
    final class DeliveryFailure extends Exception {
        final boolean retryable;
        final int retryAfterSeconds;

        DeliveryFailure(String message, boolean retryable, int retryAfterSeconds, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
