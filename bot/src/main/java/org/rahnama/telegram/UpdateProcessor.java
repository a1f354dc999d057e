package org.rahnama.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.Reply;
import org.rahnama.state.UpdateLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from polling or the webhook: drops the ones already taken, runs the conversation and hands the
 * reply to the outbox. Updates of one chat are processed one after the other (a stripe of single-thread
 * executors chosen by chat id), so replies keep the order of the questions.
 */
final class UpdateProcessor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Conversation conversation;
    private final UpdateLog updateLog;
    private final ReplyRenderer renderer;
    private final Outbox outbox;
    private final ExecutorService[] stripes;
    private final Counter received;
    private final Counter duplicates;

    UpdateProcessor(Conversation conversation, UpdateLog updateLog, ReplyRenderer renderer, Outbox outbox, MeterRegistry meters, int stripes) {
        this.conversation = conversation;
        this.updateLog = updateLog;
        this.renderer = renderer;
        this.outbox = outbox;
        this.received = meters.counter("rahnama.telegram.updates.received");
        this.duplicates = meters.counter("rahnama.telegram.updates.duplicate");
        this.stripes = new ExecutorService[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "telegram-updates");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Accepts an update and returns at once; the reply follows through the outbox. */
    void accept(Update update) {
        received.increment();
        Optional<TelegramUpdate> mapped = UpdateMapper.map(update);
        if (mapped.isEmpty()) {
            log.debug("Update {} carries nothing to answer", update == null ? null : update.getUpdateId());
            return;
        }
        TelegramUpdate u = mapped.get();
        if (!updateLog.firstTime(u.updateId())) {
            duplicates.increment();
            return;
        }
        stripes[Math.floorMod(Long.hashCode(u.chatId()), stripes.length)].execute(() -> process(u));
    }

    private void process(TelegramUpdate u) {
        List<BotApiMethod<?>> calls = new ArrayList<>();
        if (u.callbackQueryId() != null) {
            // Acknowledge first so the button stops spinning even if the answer takes a moment.
            calls.add(AnswerCallbackQuery.builder().callbackQueryId(u.callbackQueryId()).build());
        }
        try {
            Reply reply = conversation.handle(u.message());
            calls.addAll(renderer.render(u.chatId(), reply));
        } catch (RuntimeException e) {
            log.error("Update {} could not be answered", u.updateId(), e);
        }
        outbox.submit(u.chatId(), u.group(), calls);
    }

    @Override
    public void close() {
        for (ExecutorService stripe : stripes) {
            stripe.shutdown();
        }
    }
}
