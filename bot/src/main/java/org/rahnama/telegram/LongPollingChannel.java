package org.rahnama.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling (the default mode). The offset sent to {@code getUpdates} tells Telegram which updates it may forget,
 * so it moves past an update only once its replies are in the journal: an update taken by a process that then stops
 * or dies is delivered again to the next one. (TelegramBots' own poller moves the offset before its consumer runs.)
 */
final class LongPollingChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPollingChannel.class);
    /** Seconds Telegram holds a getUpdates open; also the longest a stop waits for the poll under way. */
    static final int POLL_SECONDS = 10;
    private static final Duration RECORD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BotApi api;
    private final UpdateProcessor processor;
    private volatile boolean running;
    private volatile boolean polling;
    private Thread poller;

    LongPollingChannel(BotApi api, UpdateProcessor processor) {
        this.api = api;
        this.processor = processor;
    }

    @Override
    public void start() {
        running = true;
        polling = true;
        poller = Thread.ofPlatform().name("telegram-polling").daemon().start(this::poll);
        log.info("Telegram long polling started");
    }

    private void poll() {
        long offset = 0;
        long backoffMillis = 500;
        boolean webhookDeleted = false;
        while (running) {
            try {
                if (!webhookDeleted) {
                    api.call(new DeleteWebhook());
                    webhookDeleted = true;
                }
                List<Update> updates = new ArrayList<>(api.call(GetUpdates.builder().offset((int) offset).timeout(POLL_SECONDS).build()));
                polling = true;
                backoffMillis = 500;
                if (!running) {
                    break;
                }
                offset = take(updates, offset);
            } catch (BotApi.DeliveryFailure | RuntimeException e) {
                polling = false;
                log.warn("Telegram getUpdates failed ({}); retrying in {} ms", e.getMessage(), backoffMillis);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
        polling = false;
    }

    /** Processes a batch; the new offset is past the last update of an unbroken run whose replies are recorded. */
    private long take(List<Update> updates, long offset) {
        updates.sort(Comparator.comparing(Update::getUpdateId));
        List<Update> fresh = updates.stream().filter(u -> u.getUpdateId() >= offset).toList();
        List<CompletableFuture<Void>> recorded = fresh.stream().map(processor::accept).toList();
        long next = offset;
        for (int i = 0; i < recorded.size(); i++) {
            Update update = fresh.get(i);
            try {
                recorded.get(i).get(RECORD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                next = update.getUpdateId() + 1L;
            } catch (Exception e) {
                // Not recorded: Telegram keeps it and the ones after it; those already recorded come back as redeliveries.
                log.warn("Update {} not recorded ({}); asking Telegram for it again", update.getUpdateId(), e.getMessage());
                sleep(500);
                return next;
            }
        }
        return next;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking updates: a poll under way returns within {@link #POLL_SECONDS} and its updates are left to Telegram. */
    @Override
    public void stop() {
        running = false;
        log.info("Telegram long polling stopping");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    boolean polling() {
        return running && polling;
    }
}
