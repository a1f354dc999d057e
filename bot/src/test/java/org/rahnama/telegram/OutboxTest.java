package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rahnama.state.ChatPacer;
import org.rahnama.state.ReplyJournal;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** The outbox's promises with a scripted Bot API: order per chat, pacing, bounded retries. */
class OutboxTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static final CallCodec CODEC = new CallCodec(new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    private final Journal journal = new Journal();

    private static TelegramProperties properties(Duration chatInterval, Duration giveUpAfter) {
        return new TelegramProperties("t", TelegramMode.POLLING, "http://localhost", "/telegram/webhook", null, null, chatInterval,
                Duration.ofSeconds(3), 1000, giveUpAfter, 4, Duration.ZERO);
    }

    private Outbox outbox(ScriptedApi api, Duration chatInterval, Duration giveUpAfter) {
        return new Outbox(api, journal, CODEC, ChatPacer.LOCAL, properties(chatInterval, giveUpAfter), meters);
    }

    /** A chat's messages as the journal hands them to the outbox. */
    private static List<ReplyJournal.Entry> messages(long chat, String... texts) {
        return java.util.Arrays.stream(texts).map(text -> new ReplyJournal.Entry(chat + ":" + text, chat, false,
                CODEC.encode(SendMessage.builder().chatId(chat).text(text).build()))).toList();
    }

    /** Remembers what the outbox reported delivered (or given up). */
    private static final class Journal implements ReplyJournal {
        final ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();

        @Override
        public boolean answered(long updateId) {
            return false;
        }

        @Override
        public java.util.Optional<List<Entry>> record(long updateId, long chatId, boolean group, List<String> payloads) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean stillOwned(Entry entry) {
            return true;
        }

        @Override
        public void delivered(Entry entry) {
            delivered.add(entry.id());
        }

        @Override
        public List<Entry> adoptOrphans() {
            return List.of();
        }

        @Override
        public void leave() {
        }

        @Override
        public boolean durable() {
            return false;
        }
    }

    /** Records what was delivered and when; fails the calls the script says. */
    private static final class ScriptedApi implements BotApi {
        final ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();
        /** When each message was delivered, as "chat:nanos". */
        final ConcurrentLinkedQueue<String> times = new ConcurrentLinkedQueue<>();
        final AtomicInteger failuresLeft;
        final boolean retryable;

        ScriptedApi(int failures, boolean retryable) {
            this.failuresLeft = new AtomicInteger(failures);
            this.retryable = retryable;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends Serializable> T call(BotApiMethod<T> method) throws DeliveryFailure {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new DeliveryFailure("scripted", retryable, 0, null);
            }
            SendMessage m = (SendMessage) method;
            delivered.add(m.getChatId() + ":" + m.getText());
            times.add(m.getChatId() + ":" + System.nanoTime());
            return null;
        }

        @Override
        public void setWebhook(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook setWebhook) {
        }
    }

    /** Waits for what the outbox must do; a promise it does not keep within 10 s fails the test. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the outbox did not do it within 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static List<Long> timesOf(ScriptedApi api, long chat) {
        return api.times.stream().filter(t -> t.startsWith(chat + ":")).map(t -> Long.parseLong(t.substring(t.indexOf(':') + 1))).toList();
    }

    @Test
    void messagesOfAChat_keepTheirOrder_andArePaced() throws Exception {
        ScriptedApi api = new ScriptedApi(0, true);
        try (Outbox outbox = outbox(api, Duration.ofMillis(100), Duration.ofMinutes(1))) {
            outbox.submit(messages(1, "a", "b", "c"));
            outbox.submit(messages(2, "x"));
            await(() -> api.delivered.size() == 4);
        }
        assertThat(api.delivered.stream().filter(d -> d.startsWith("1:"))).containsExactly("1:a", "1:b", "1:c");
        assertThat(api.delivered).contains("2:x");
        List<Long> chat1 = timesOf(api, 1);
        assertThat(chat1).hasSize(3);
        assertThat((chat1.get(1) - chat1.get(0)) / 1_000_000).isGreaterThanOrEqualTo(95);
        assertThat((chat1.get(2) - chat1.get(1)) / 1_000_000).isGreaterThanOrEqualTo(95);
    }

    @Test
    void retryableFailures_areRetried_untilDelivered() throws Exception {
        ScriptedApi api = new ScriptedApi(3, true);
        try (Outbox outbox = outbox(api, Duration.ZERO, Duration.ofMinutes(1))) {
            outbox.submit(messages(7, "hello"));
            await(() -> api.delivered.size() == 1);
        }
        assertThat(api.delivered).containsExactly("7:hello");
        assertThat(journal.delivered).as("leaves the journal once Telegram has it").containsExactly("7:hello");
        assertThat(meters.counter("rahnama.telegram.replies.retries").count()).isEqualTo(3);
    }

    @Test
    void permanentFailure_isDroppedCounted_andTheNextMessageStillGoes() throws Exception {
        ScriptedApi api = new ScriptedApi(1, false);
        try (Outbox outbox = outbox(api, Duration.ZERO, Duration.ofMinutes(1))) {
            outbox.submit(messages(9, "lost", "next"));
            await(() -> api.delivered.size() == 1);
        }
        assertThat(api.delivered).containsExactly("9:next");
        assertThat(journal.delivered).containsExactly("9:lost", "9:next");
        assertThat(meters.counter("rahnama.telegram.replies.failed").count()).isEqualTo(1);
    }

    @Test
    void endlessOutage_givesUpAfterTheBoundedTime() throws Exception {
        ScriptedApi api = new ScriptedApi(Integer.MAX_VALUE, true);
        try (Outbox outbox = outbox(api, Duration.ZERO, Duration.ofMillis(300))) {
            outbox.submit(messages(5, "never"));
            await(() -> outbox.pending() == 0);
            assertThat(outbox.pending()).isZero();
        }
        assertThat(meters.counter("rahnama.telegram.replies.failed").count()).isEqualTo(1);
    }
}
