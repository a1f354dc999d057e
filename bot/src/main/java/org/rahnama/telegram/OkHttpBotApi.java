package org.rahnama.telegram;

import java.io.Serializable;
import java.net.URI;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@link BotApi} over TelegramBots' OkHttp client, with Jackson 2 as TelegramBots requires. Classifies failures:
 * 429 (with {@code retry_after}), 5xx and network errors can be retried; other 4xx cannot (a blocked bot, a
 * deleted chat).
 */
final class OkHttpBotApi implements BotApi {

    private final OkHttpTelegramClient client;

    OkHttpBotApi(String token, String apiUrl, OkHttpClient http) {
        this.client = new OkHttpTelegramClient(http, token, telegramUrl(apiUrl));
    }

    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(uri.getScheme()) ? 80 : 443);
        return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).build();
    }

    @Override
    public <T extends Serializable> T call(BotApiMethod<T> method) throws DeliveryFailure {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw classify(e);
        }
    }

    @Override
    public void setWebhook(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook setWebhook) throws DeliveryFailure {
        try {
            client.execute(setWebhook);
        } catch (TelegramApiException e) {
            throw classify(e);
        }
    }

    private static DeliveryFailure classify(TelegramApiException exception) {
        try {
            throw exception;
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code == null || code == 0) {
                // No Bot API error in the answer (a proxy's HTML error page, a cut body): worth another try.
                return new DeliveryFailure("no usable answer from Telegram: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""), true, 0, e);
            }
            int retryAfter = e.getParameters() != null && e.getParameters().getRetryAfter() != null ? e.getParameters().getRetryAfter() : 0;
            boolean retryable = code == 429 || code >= 500;
            return new DeliveryFailure("Telegram answered " + code + ": " + e.getApiResponse(), retryable, retryAfter, e);
        } catch (TelegramApiException e) {
            // Network errors, timeouts, unreadable answers: the message may not have arrived, so try again.
            return new DeliveryFailure("cannot reach Telegram: " + e.getMessage(), true, 0, e);
        }
    }
}
