package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rahnama.state.RedisServer;

/**
 * Nothing lost across restarts: the packaged bot runs as real processes (long polling, Redis) against a stand-in Bot
 * API that keeps Telegram's offset promise, under Telegram's pacing (30 messages a second), so that replies queue up.
 * The process is stopped or killed in the middle of a burst and another one takes over. Every chat must get its
 * reply, its messages in order, exactly once; a killed process may have had Telegram's 200 for a message without
 * having struck it from the journal yet, and that one message (Telegram has no idempotency key) may arrive twice.
 */
class RestartTest {

    /** Sender threads of each bot process (the default). */
    static final int SENDERS = 8;

    private static final int CHATS = 200;
    private static final String QUESTION = "Où apprendre le français gratuitement ?";

    private RedisServer redis;
    private OffsetTelegram telegram;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        redis = new RedisServer();
        redis.start();
        telegram = new OffsetTelegram();
        for (long chat = 1; chat <= CHATS; chat++) {
            telegram.personWrites(10_000 + chat, QUESTION);
        }
    }

    @AfterEach
    void stop() throws Exception {
        processes.forEach(Process::destroyForcibly);
        for (Process p : processes) {
            p.waitFor();
        }
        telegram.close();
        redis.close();
    }

    @Test
    void gracefulStopInTheMiddleOfABurst_andARestart_answerEveryChatExactlyOnce() throws Exception {
        Process first = bot("first");
        awaitSome();
        first.destroy();
        first.waitFor();
        bot("second");
        assertEveryChatAnsweredInOrder(0);
    }

    @Test
    void processKilledInTheMiddleOfABurst_andARestart_answerEveryChatExactlyOnce() throws Exception {
        Process first = bot("first");
        awaitSome();
        first.destroyForcibly();
        first.waitFor();
        bot("second");
        assertEveryChatAnsweredInOrder(SENDERS);
    }

    @Test
    void twoInstancesSharingRedis_oneKilledInTheMiddle_theOtherAnswersEveryChatExactlyOnce() throws Exception {
        Process first = bot("first");
        bot("second");
        awaitSome();
        first.destroyForcibly();
        first.waitFor();
        assertEveryChatAnsweredInOrder(SENDERS);
    }

    /** Waits until some chats are answered and many are still waiting. */
    private void awaitSome() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (telegram.sentByChat().size() < CHATS / 5) {
            assertThat(System.nanoTime()).as("the bot answers within 90 s").isLessThan(end);
            Thread.sleep(20);
        }
        assertThat(telegram.sentByChat().size()).as("the burst is still going").isLessThan(CHATS * 3 / 4);
    }

    /**
     * @param killedMidSend the messages that may arrive twice: those a killed process had sent (Telegram answered 200)
     *                      but not yet taken off the journal, at most one per sender thread (on a loaded machine several
     *                      senders can be in that window at the moment of the kill)
     */
    private void assertEveryChatAnsweredInOrder(int killedMidSend) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (telegram.sentByChat().size() < CHATS && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        Thread.sleep(2_000); // anything sent twice would arrive now
        Map<Long, List<String>> sent = telegram.sentByChat();
        assertThat(sent).hasSize(CHATS);
        // Every chat asked the same question in French: every chat must have received the same messages, in the same order.
        List<String> reply = sent.values().stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        assertThat(reply).isNotEmpty();
        int twice = 0;
        for (Map.Entry<Long, List<String>> chat : sent.entrySet()) {
            List<String> once = new ArrayList<>();
            for (String message : chat.getValue()) {
                if (!once.isEmpty() && once.getLast().equals(message)) {
                    twice++;
                } else {
                    once.add(message);
                }
            }
            assertThat(once).as("chat %d: every message, in order", chat.getKey()).containsExactlyElementsOf(reply);
        }
        assertThat(twice).as("messages sent twice").isLessThanOrEqualTo(killedMidSend);
    }

    /** The bot in its own JVM, from the test's class path, as a deployment would run it. */
    private Process bot(String name) throws Exception {
        Path log = Files.createTempFile("rahnama-" + name, ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.rahnama.RahnamaApplication",
                "--server.port=0",
                "--rahnama.telegram.token=" + OffsetTelegram.TOKEN,
                "--rahnama.telegram.api-url=" + telegram.apiUrl(),
                "--rahnama.redis.url=" + redis.url(),
                "--rahnama.session.salt=restart-test",
                "--rahnama.telegram.global-per-second=30",
                "--rahnama.telegram.chat-interval=10ms",
                "--rahnama.telegram.shutdown-grace=1s",
                "--rahnama.telegram.senders=" + SENDERS)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RAHNAMA_"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }
}
