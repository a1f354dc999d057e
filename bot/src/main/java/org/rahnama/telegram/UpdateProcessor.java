package org.rahnama.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.Reply;
import org.rahnama.conversation.TeamDesk;
import org.rahnama.state.ReplyJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from polling or the webhook: drops the ones already answered, runs the conversation and records the
 * reply in the journal before the update counts as taken; the outbox then delivers it. Updates of one chat are
 * processed one after the other (a stripe of single-thread executors chosen by chat id), so replies keep the order
 * of the questions.
 */
final class UpdateProcessor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Conversation conversation;
    private final ReplyJournal journal;
    private final CallCodec codec;
    private final ReplyRenderer renderer;
    private final Outbox outbox;
    private final TeamDesk desk;
    private final Long teamChat;
    private final ExecutorService[] stripes;
    private final Counter received;
    private final Counter duplicates;
    private volatile boolean accepting = true;

    UpdateProcessor(Conversation conversation, ReplyJournal journal, CallCodec codec, ReplyRenderer renderer, Outbox outbox,
                    TeamDesk desk, Long teamChat, MeterRegistry meters, int stripes) {
        this.conversation = conversation;
        this.journal = journal;
        this.codec = codec;
        this.renderer = renderer;
        this.outbox = outbox;
        this.desk = desk;
        this.teamChat = teamChat;
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

    /**
     * Accepts an update. The future completes once its replies are in the journal (or it needed none, or was a
     * redelivery): only then may the update be acknowledged to Telegram. It fails when the update could not be
     * recorded, or the processor is stopping: Telegram must then deliver it again.
     */
    CompletableFuture<Void> accept(Update update) {
        received.increment();
        if (!accepting) {
            return CompletableFuture.failedFuture(new IllegalStateException("stopping: not taking updates"));
        }
        Optional<TelegramUpdate> mapped = UpdateMapper.map(update, teamChat);
        if (mapped.isEmpty()) {
            log.debug("Update {} carries nothing to answer", update == null ? null : update.getUpdateId());
            return CompletableFuture.completedFuture(null);
        }
        TelegramUpdate u = mapped.get();
        if (journal.answered(u.updateId())) {
            duplicates.increment();
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> process(u), stripes[Math.floorMod(Long.hashCode(u.chatId()), stripes.length)]);
    }

    private void process(TelegramUpdate u) {
        List<BotApiMethod<?>> calls = new ArrayList<>();
        if (u.callbackQueryId() != null) {
            // Acknowledge first so the button stops spinning even if the answer takes a moment.
            calls.add(AnswerCallbackQuery.builder().callbackQueryId(u.callbackQueryId()).build());
        }
        try {
            if (u.team() != null) {
                calls.addAll(fromTeam(u.team()));
            } else {
                Reply reply = conversation.handle(u.message());
                calls.addAll(renderer.render(u.chatId(), reply));
                calls.addAll(renderer.teamPosts(teamChat, reply.teamPosts()));
            }
        } catch (RuntimeException e) {
            log.error("Update {} could not be answered", u.updateId(), e);
        }
        Optional<List<ReplyJournal.Entry>> recorded = journal.record(u.updateId(), u.chatId(), u.group(),
                calls.stream().map(codec::encode).toList());
        if (recorded.isEmpty()) {
            duplicates.increment();
            return;
        }
        outbox.submit(recorded.get());
    }

    /** A caseworker's message: passed on to the person of its ticket, and a note for the group when one is due. */
    private List<BotApiMethod<?>> fromTeam(TelegramUpdate.TeamMessage message) {
        List<BotApiMethod<?>> calls = new ArrayList<>();
        desk.read(message.text(), message.repliedPost()).ifPresent(delivery -> {
            delivery.ticket().ifPresent(ticket -> delivery.toPerson().ifPresent(reply ->
                    calls.addAll(renderer.render(Long.parseLong(ticket.address()), reply))));
            if (delivery.toTeam() != null) {
                calls.addAll(renderer.teamPosts(teamChat, List.of(delivery.toTeam())));
            }
        });
        return calls;
    }

    /** Stops taking updates and finishes the ones under way, so that their replies reach the journal. */
    @Override
    public void close() {
        accepting = false;
        for (ExecutorService stripe : stripes) {
            stripe.shutdown();
        }
        for (ExecutorService stripe : stripes) {
            try {
                stripe.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
