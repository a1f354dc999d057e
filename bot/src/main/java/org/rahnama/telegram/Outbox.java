package org.rahnama.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.rahnama.state.ChatPacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Delivers replies within Telegram's limits without losing one: messages of a chat go out in order, at most one
 * per {@code chatInterval} (groups: {@code groupInterval}), at most {@code globalPerSecond} over all chats. A
 * 429 waits for Telegram's {@code retry_after}; 5xx and network errors are retried with exponential backoff;
 * after {@code giveUpAfter} a message is dropped, logged (without its text) and counted.
 *
 * <p>Each chat with pending messages has exactly one ticket in a delay queue, due when the chat may send again,
 * so chats never wait for each other and one chat's messages are never sent concurrently.
 */
final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BotApi api;
    private final ChatPacer pacer;
    private final TelegramProperties properties;
    private final Map<Long, ChatQueue> chats = new ConcurrentHashMap<>();
    private final DelayQueue<ChatQueue> due = new DelayQueue<>();
    private final GlobalRate globalRate;
    private final ExecutorService senders;
    private final java.util.concurrent.ScheduledExecutorService sweeper;
    private final AtomicInteger pending = new AtomicInteger();
    private final Counter sent;
    private final Counter retries;
    private final Counter failures;
    private final Timer latency;
    private volatile boolean running = true;

    Outbox(BotApi api, ChatPacer pacer, TelegramProperties properties, MeterRegistry meters) {
        this.api = api;
        this.pacer = pacer;
        this.properties = properties;
        this.globalRate = new GlobalRate(properties.globalPerSecond());
        this.sent = meters.counter("rahnama.telegram.replies.sent");
        this.retries = meters.counter("rahnama.telegram.replies.retries");
        this.failures = meters.counter("rahnama.telegram.replies.failed");
        this.latency = meters.timer("rahnama.telegram.reply.latency");
        meters.gauge("rahnama.telegram.replies.pending", pending);
        this.senders = Executors.newFixedThreadPool(properties.senders(), r -> {
            Thread t = new Thread(r, "telegram-outbox");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < properties.senders(); i++) {
            senders.execute(this::work);
        }
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-outbox-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    /** Queues the calls for one chat, in order, after anything already queued for it. */
    void submit(long chatId, boolean group, List<? extends BotApiMethod<?>> calls) {
        if (calls.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        ChatQueue chat = chats.computeIfAbsent(chatId, id -> new ChatQueue(id, group));
        synchronized (chat) {
            if (chat.removed) {
                // Swept away between lookup and lock: start again with a fresh queue.
                submit(chatId, group, calls);
                return;
            }
            for (BotApiMethod<?> call : calls) {
                chat.messages.add(new Pending(call, now));
                pending.incrementAndGet();
            }
            if (!chat.scheduled) {
                chat.scheduled = true;
                chat.dueAt = Math.max(chat.dueAt, now);
                due.add(chat);
            }
        }
    }

    int pending() {
        return pending.get();
    }

    /** Forgets chats idle for a while, so that the map holds only chats that talked recently. */
    private void sweep() {
        long idleSince = System.nanoTime() - TimeUnit.MINUTES.toNanos(1);
        for (ChatQueue chat : chats.values()) {
            synchronized (chat) {
                if (!chat.scheduled && chat.messages.isEmpty() && chat.dueAt < idleSince) {
                    chat.removed = true;
                    chats.remove(chat.chatId, chat);
                }
            }
        }
    }

    private void work() {
        while (running) {
            ChatQueue chat;
            try {
                chat = due.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long wait = globalRate.reserve();
            if (wait > 0) {
                reschedule(chat, System.nanoTime() + wait);
                continue;
            }
            deliverHead(chat);
        }
    }

    private void deliverHead(ChatQueue chat) {
        Pending head;
        synchronized (chat) {
            head = chat.messages.peekFirst();
        }
        if (head == null) {
            finish(chat);
            return;
        }
        long now = System.nanoTime();
        Duration interval = chat.group ? properties.groupInterval() : properties.chatInterval();
        long pace = interval.toNanos();
        long sharedWait = pacer.reserve(chat.chatId, interval);
        if (sharedWait > 0) {
            // Another instance sent to this chat a moment ago.
            reschedule(chat, now + sharedWait);
            return;
        }
        try {
            api.call(head.call);
            sent.increment();
            latency.record(now - head.queuedAt, TimeUnit.NANOSECONDS);
            removeHead(chat);
            reschedule(chat, now + pace);
        } catch (BotApi.DeliveryFailure failure) {
            boolean expired = now - head.queuedAt > properties.giveUpAfter().toNanos();
            if (!failure.retryable || expired) {
                failures.increment();
                log.warn("Reply to a chat dropped after {} attempts: {}", head.attempts + 1, failure.getMessage());
                removeHead(chat);
                reschedule(chat, now + pace);
                return;
            }
            retries.increment();
            head.attempts++;
            long delay = failure.retryAfterSeconds > 0 ? TimeUnit.SECONDS.toNanos(failure.retryAfterSeconds) : backoff(head.attempts);
            log.info("Telegram delivery failed ({}), retry {} in {} ms", failure.getMessage(), head.attempts, delay / 1_000_000);
            reschedule(chat, now + delay);
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Reply could not be prepared for Telegram; dropped", e);
            removeHead(chat);
            reschedule(chat, now + pace);
        }
    }

    private static long backoff(int attempts) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 10);
        return TimeUnit.MILLISECONDS.toNanos(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private void removeHead(ChatQueue chat) {
        synchronized (chat) {
            chat.messages.pollFirst();
        }
        pending.decrementAndGet();
    }

    private void reschedule(ChatQueue chat, long dueAt) {
        synchronized (chat) {
            chat.dueAt = dueAt;
            if (chat.messages.isEmpty()) {
                chat.scheduled = false;
                return;
            }
            due.add(chat);
        }
    }

    private void finish(ChatQueue chat) {
        synchronized (chat) {
            chat.scheduled = false;
        }
    }

    @Override
    public void close() {
        running = false;
        senders.shutdownNow();
        sweeper.shutdownNow();
    }

    private static final class Pending {
        final BotApiMethod<?> call;
        final long queuedAt;
        int attempts;

        Pending(BotApiMethod<?> call, long queuedAt) {
            this.call = call;
            this.queuedAt = queuedAt;
        }
    }

    private static final class ChatQueue implements Delayed {
        final long chatId;
        final boolean group;
        final Deque<Pending> messages = new ArrayDeque<>();
        volatile long dueAt;
        boolean scheduled;
        boolean removed;

        ChatQueue(long chatId, boolean group) {
            this.chatId = chatId;
            this.group = group;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueAt - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueAt, ((ChatQueue) other).dueAt);
        }
    }

    /** A smooth limiter: one send every 1/N second over all chats. */
    private static final class GlobalRate {
        private final long interval;
        private long next = System.nanoTime();

        GlobalRate(int perSecond) {
            this.interval = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
        }

        /** Zero when a send may go now (and books it), else how long to wait. */
        synchronized long reserve() {
            long now = System.nanoTime();
            if (now >= next) {
                next = Math.max(next + interval, now - TimeUnit.SECONDS.toNanos(1) + interval);
                return 0;
            }
            return next - now;
        }
    }
}
