package org.rahnama.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rahnama.conversation.Commands;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Tells Telegram about the bot once it is ready: the command menu in each language (so /privacy reads
 * "What the bot keeps about me" in the user's own language), and the webhook URL in webhook mode. Failures are
 * logged, not fatal: the bot answers without a command menu.
 */
final class BotRegistration {

    private static final Logger log = LoggerFactory.getLogger(BotRegistration.class);
    /** Telegram profile language codes of our users (Dari speakers' phones mostly say "fa"). */
    private static final Map<Language, String> TELEGRAM_CODES = Map.of(Language.AR, "ar", Language.PS, "ps", Language.PRS, "fa",
            Language.TI, "ti", Language.EN, "en", Language.FR, "fr");

    private final TelegramProperties properties;
    private final BotApi api;
    private final Translations translations;

    BotRegistration(TelegramProperties properties, BotApi api, Translations translations) {
        this.properties = properties;
        this.api = api;
        this.translations = translations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Thread.ofVirtual().name("telegram-registration").start(this::registerNow);
    }

    void registerNow() {
        try {
            if (properties.webhook() && properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
                api.setWebhook(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret()).build());
                log.info("Telegram webhook registered");
            }
            SetMyCommands fallback = SetMyCommands.builder().commands(commands(Language.EN)).build();
            api.call(fallback);
            for (Language language : Language.values()) {
                SetMyCommands localized = SetMyCommands.builder().commands(commands(language)).build();
                localized.setLanguageCode(TELEGRAM_CODES.get(language));
                api.call(localized);
            }
        } catch (BotApi.DeliveryFailure e) {
            log.warn("Telegram registration failed: {}", e.getMessage());
        }
    }

    private List<BotCommand> commands(Language language) {
        List<BotCommand> commands = new ArrayList<>();
        for (String command : Commands.NAMES) {
            commands.add(new BotCommand(command, translations.get(language, "command." + command)));
        }
        return commands;
    }
}
