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
import org.rahnama.state.ReplyJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replies within Telegram's limits without losing one: messages of a chat go out in order, at most one
 * per {@code chatInterval} (groups: {@code groupInterval}), at most {@code globalPerSecond} over all chats. A
 * 429 waits for Telegram's {@code retry_after}; 5xx and network errors are retried with exponential backoff;
 * after {@code giveUpAfter} a message is dropped, logged (without its text) and counted.
 *
 * <p>Each chat with pending messages has exactly one ticket in a delay queue, due when the chat may send again,
 * so chats never wait for each other and one chat's messages are never sent concurrently.
 *
 * <p>Every message is an entry of the {@link ReplyJournal}, written before its update was acknowledged; it leaves the
 * journal once Telegram answered 200 (or it was given up). A crash between the 200 and that removal sends the one
 * message again after the restart: Telegram has no idempotency key, so that window cannot be closed. On a stop the
 * outbox keeps delivering for {@code shutdownGrace}, then leaves the rest to the next instance (with Redis).
 */
final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration ADOPT_EVERY = Duration.ofSeconds(3);

    private final BotApi api;
    private final ReplyJournal journal;
    private final CallCodec codec;
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

    Outbox(BotApi api, ReplyJournal journal, CallCodec codec, ChatPacer pacer, TelegramProperties properties, MeterRegistry meters) {
        this.api = api;
        this.journal = journal;
        this.codec = codec;
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
        // What stopped instances left undelivered: at once (a restart), then as their heartbeats expire.
        sweeper.scheduleWithFixedDelay(this::adoptOrphans, 0, ADOPT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void adoptOrphans() {
        try {
            List<ReplyJournal.Entry> orphans = journal.adoptOrphans();
            for (ReplyJournal.Entry entry : orphans) {
                submit(List.of(entry));
            }
        } catch (RuntimeException e) {
            log.warn("Undelivered replies of a stopped instance could not be adopted now: {}", e.getMessage());
        }
    }

    /** Queues journalled messages of one chat, in order, after anything already queued for it. */
    void submit(List<ReplyJournal.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ReplyJournal.Entry first = entries.getFirst();
        long now = System.nanoTime();
        ChatQueue chat = chats.computeIfAbsent(first.chatId(), id -> new ChatQueue(id, first.group()));
        synchronized (chat) {
            if (chat.removed) {
                // Swept away between lookup and lock: start again with a fresh queue.
                submit(entries);
                return;
            }
            for (ReplyJournal.Entry entry : entries) {
                chat.messages.add(new Pending(entry, now));
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
                // Polled, not taken: a stopping outbox lets each send under way finish (and leave the journal).
                chat = due.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (chat == null) {
                continue;
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
        if (!journal.stillOwned(head.entry)) {
            // Taken for stopped and adopted by another instance, which sends it: dropped here, not sent twice.
            synchronized (chat) {
                chat.messages.pollFirst();
            }
            pending.decrementAndGet();
            reschedule(chat, now);
            return;
        }
        try {
            api.call(codec.decode(head.entry.payload()));
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

    /** The head was delivered or given up: it leaves the queue and the journal. */
    private void removeHead(ChatQueue chat) {
        Pending head;
        synchronized (chat) {
            head = chat.messages.pollFirst();
        }
        pending.decrementAndGet();
        if (head != null) {
            journal.delivered(head.entry);
        }
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

    /**
     * Keeps delivering for the grace period, then stops: what is left stays in the journal for the next instance
     * (with Redis), or is lost with the process (without Redis; the README says so).
     */
    @Override
    public void close() {
        long end = System.nanoTime() + properties.shutdownGrace().toNanos();
        while (pending.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (pending.get() > 0) {
            log.warn("{} replies not delivered within the shutdown grace period: {}", pending.get(),
                    journal.durable() ? "left in Redis for the next instance" : "lost (no Redis configured)");
        }
        running = false;
        senders.shutdown();
        try {
            senders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
        sweeper.shutdownNow();
        journal.leave();
    }

    private static final class Pending {
        final ReplyJournal.Entry entry;
        final long queuedAt;
        int attempts;

        Pending(ReplyJournal.Entry entry, long queuedAt) {
            this.entry = entry;
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
