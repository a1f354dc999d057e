package org.rahnama.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram channel ({@code rahnama.telegram.*}, environment {@code RAHNAMA_TELEGRAM_*}). Nothing starts
 * without a token.
 *
 * @param token            the bot token from BotFather ({@code RAHNAMA_TELEGRAM_TOKEN})
 * @param mode             {@code polling} (default) or {@code webhook}
 * @param apiUrl           the Bot API base URL; another server for tests and staging ({@code RAHNAMA_TELEGRAM_API_URL})
 * @param webhookPath      where our controller listens in webhook mode
 * @param webhookUrl       the public URL to register with setWebhook in webhook mode (empty: registered by hand)
 * @param webhookSecret    the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}; required for webhooks
 * @param chatInterval     the pause between two messages to one private chat (Telegram allows about one a second)
 * @param groupInterval    the same for groups (20 a minute)
 * @param globalPerSecond  messages a second over all chats (Telegram allows 30)
 * @param giveUpAfter      how long a reply is retried before it is dropped, logged and counted
 * @param senders          threads sending replies
 * @param shutdownGrace    on a stop, how long queued replies are still delivered before the process leaves them (in
 *                         Redis, for the next instance)
 */
@ConfigurationProperties("rahnama.telegram")
public record TelegramProperties(String token,
                                 @DefaultValue("polling") TelegramMode mode,
                                 @DefaultValue("https://api.telegram.org") String apiUrl,
                                 @DefaultValue("/telegram/webhook") String webhookPath,
                                 String webhookUrl,
                                 String webhookSecret,
                                 @DefaultValue("1s") Duration chatInterval,
                                 @DefaultValue("3s") Duration groupInterval,
                                 @DefaultValue("30") int globalPerSecond,
                                 @DefaultValue("15m") Duration giveUpAfter,
                                 @DefaultValue("8") int senders,
                                 @DefaultValue("20s") Duration shutdownGrace) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    public boolean webhook() {
        return mode == TelegramMode.WEBHOOK;
    }
}
