package org.rahnama.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Long polling (the default mode): TelegramBots fetches updates and hands them to the processor. */
final class LongPollingChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPollingChannel.class);

    private final TelegramProperties properties;
    private final UpdateProcessor processor;
    private final TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    LongPollingChannel(TelegramProperties properties, UpdateProcessor processor, TelegramBotsLongPollingApplication application) {
        this.properties = properties;
        this.processor = processor;
        this.application = application;
    }

    @Override
    public void start() {
        try {
            application.registerBot(properties.token(), () -> OkHttpBotApi.telegramUrl(properties.apiUrl()),
                    new DefaultGetUpdatesGenerator(), updates -> updates.forEach(processor::accept));
            running = true;
            log.info("Telegram long polling started");
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram long polling could not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly", e);
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    boolean polling() {
        return running && application.isRunning();
    }
}
