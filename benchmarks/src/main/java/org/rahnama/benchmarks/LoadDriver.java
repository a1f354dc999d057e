package org.rahnama.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * End to end: the packaged bot ({@code bot/target/rahnama.jar}) in long-polling mode against {@link FakeBotApi}.
 * Feeds N updates (held-out questions of all six languages) from M chats and measures updates/s, the latency
 * from an update handed out to its reply's last message, that every update got exactly one reply, the smallest
 * gap between two messages to one chat, and the bot's peak RSS.
 *
 * <p>{@code load N M capacity} lifts Telegram's rate limits to measure the bot itself;
 * {@code load N M limits} keeps them (1 message/s per chat, 30/s overall) to check they are respected.
 * The 960 held-out questions repeat when N is larger, as popular questions do; {@code load N M capacity distinct}
 * makes every text unique (a number appended) so that no answer comes from the answer cache; a fifth argument
 * {@code redis://host:port} runs the bot with Redis, so with the durable reply journal.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int chats = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (args.length > 2 && args[2].equals("webhook")) {
            WebhookLoad.run(updates, chats, args.length > 3 ? Integer.parseInt(args[3]) : 1);
            return;
        }
        boolean limits = args.length > 2 && args[2].equals("limits");
        try (FakeBotApi api = new FakeBotApi()) {
            api.queue(updates(updates, chats, args.length > 3 && args[3].equals("distinct")));
            List<String> command = botCommand("--server.port=0", "--rahnama.telegram.token=1:LOAD",
                    "--rahnama.telegram.api-url=" + api.url(), "--logging.level.root=WARN");
            if (args.length > 4 && args[4].startsWith("redis://")) {
                command.add("--rahnama.redis.url=" + args[4]);
            }
            if (!limits) {
                command.addAll(List.of("--rahnama.telegram.chat-interval=0ms", "--rahnama.telegram.global-per-second=1000000",
                        "--rahnama.flood.max-messages=1000000"));
            }
            long startedAt = System.nanoTime();
            Process bot = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("benchmarks/target/load-bot.log")).start();
            try {
                waitFor(() -> !api.handedOutAt.isEmpty() || !bot.isAlive(), 60, () -> api.startServing());
                long coldStartMs = (System.nanoTime() - startedAt) / 1_000_000;
                long first = System.nanoTime();
                waitFor(() -> replies(api) >= updates || !bot.isAlive(), limits ? 900 : 300, () -> { });
                long last = api.sent.stream().mapToLong(FakeBotApi.Sent::atNanos).max().orElse(first);
                long firstAnswerMs = (api.sent.stream().mapToLong(FakeBotApi.Sent::atNanos).min().orElse(startedAt) - startedAt) / 1_000_000;
                Thread.sleep(2000);
                report(api, updates, chats, limits, first, last, peakRssMb(bot.pid()));
                System.out.printf("cold start: polling after %d ms, first answer after %d ms%n", coldStartMs, firstAnswerMs);
            } finally {
                bot.destroy();
                bot.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The bot started exactly as {@code ./rahnama serve} starts it, start cache included. The cache is prepared (and
     * the jar built if stale) before, so that a measured start never includes preparing it.
     */
    static List<String> botCommand(String... arguments) throws java.io.IOException, InterruptedException {
        if (new ProcessBuilder("./rahnama", "prepare").inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("./rahnama prepare failed");
        }
        List<String> command = new ArrayList<>(List.of("./rahnama", "serve"));
        command.addAll(List.of(arguments));
        return command;
    }

    static long replies(FakeBotApi api) {
        return api.sent.stream().filter(FakeBotApi.Sent::lastOfReply).count();
    }

    static List<String> updates(int updates, int chats, boolean distinct) throws java.io.IOException {
        List<String[]> questions = PipelineBenchmark.heldOut(Path.of("nlp-models/intents/test"));
        Collections.shuffle(questions, new java.util.Random(7));
        List<String> json = new ArrayList<>();
        for (int i = 1; i <= updates; i++) {
            long chat = 100_000 + (i % chats);
            String question = questions.get(i % questions.size())[2] + (distinct ? " " + i : "");
            String text = question.replace("\\", "\\\\").replace("\"", "\\\"");
            json.add("{\"update_id\":" + i + ",\"message\":{\"message_id\":" + i + ",\"date\":1700000000,\"chat\":{\"id\":" + chat
                    + ",\"type\":\"private\"},\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"L\"},\"text\":\"" + text + "\"}}");
        }
        return json;
    }

    static void report(FakeBotApi api, int updates, int chats, boolean limits, long first, long last, long rssMb) {
        Map<Long, List<Long>> byChat = new HashMap<>();
        for (FakeBotApi.Sent s : api.sent) {
            if (s.lastOfReply()) {
                byChat.computeIfAbsent(s.chatId(), k -> new ArrayList<>()).add(s.atNanos());
            }
        }
        Map<Long, List<Long>> handed = new HashMap<>();
        api.handedOutAt.forEach((id, at) -> handed.computeIfAbsent(100_000L + (id % chats), k -> new ArrayList<>()).add(at));
        List<Long> latencies = new ArrayList<>();
        long exactlyOnce = 0;
        for (Map.Entry<Long, List<Long>> chat : handed.entrySet()) {
            List<Long> in = chat.getValue().stream().sorted().toList();
            List<Long> out = byChat.getOrDefault(chat.getKey(), List.of()).stream().sorted().toList();
            if (in.size() == out.size()) {
                exactlyOnce++;
            }
            for (int i = 0; i < Math.min(in.size(), out.size()); i++) {
                latencies.add(out.get(i) - in.get(i));
            }
        }
        long minGapMs = Long.MAX_VALUE;
        Map<Long, List<Long>> allByChat = new HashMap<>();
        api.sent.forEach(s -> allByChat.computeIfAbsent(s.chatId(), k -> new ArrayList<>()).add(s.atNanos()));
        for (List<Long> times : allByChat.values()) {
            List<Long> sorted = times.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                minGapMs = Math.min(minGapMs, (sorted.get(i) - sorted.get(i - 1)) / 1_000_000);
            }
        }
        Collections.sort(latencies);
        double seconds = (last - first) / 1e9;
        System.out.printf("mode=%s updates=%d chats=%d%n", limits ? "Telegram limits" : "capacity (limits lifted)", updates, chats);
        System.out.printf("replies=%d messages=%d chats answered exactly once=%d/%d%n", replies(api), api.sent.size(), exactlyOnce, handed.size());
        System.out.printf("time=%.2f s  updates/s=%.0f%n", seconds, updates / Math.max(seconds, 1e-9));
        System.out.printf("latency per update: p50=%.1f ms p99=%.1f ms max=%.1f ms%n", pct(latencies, 50), pct(latencies, 99), pct(latencies, 100));
        System.out.printf("smallest gap between two messages to one chat=%d ms%n", minGapMs == Long.MAX_VALUE ? -1 : minGapMs);
        System.out.printf("peak RSS=%d MB%n", rssMb);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static void waitFor(java.util.function.BooleanSupplier done, int seconds, Runnable each) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            each.run();
            Thread.sleep(20);
        }
    }
}
