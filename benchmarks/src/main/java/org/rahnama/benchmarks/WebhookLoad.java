package org.rahnama.benchmarks;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Webhook mode with 1 or 2 instances of the packaged bot sharing one Redis: the driver posts N updates (round
 * robin over the instances, like a load balancer, plus every 10th update a second time to the other instance, as
 * a redelivery) and counts the replies at the fake Bot API. Telegram's rate limits are lifted to measure the bot.
 */
final class WebhookLoad {

    private static final String SECRET = "load-secret";

    private WebhookLoad() {
    }

    static void run(int updates, int chats, int instances) throws Exception {
        int redisPort = freePort();
        Process redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--save", "", "--appendonly", "no")
                .redirectOutput(new File("benchmarks/target/load-redis.log")).start();
        List<Process> bots = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try (FakeBotApi api = new FakeBotApi()) {
            for (int i = 0; i < instances; i++) {
                int port = freePort();
                ports.add(port);
                bots.add(new ProcessBuilder(LoadDriver.botCommand("--server.port=" + port,
                        "--rahnama.telegram.token=1:LOAD", "--rahnama.telegram.api-url=" + api.url(), "--rahnama.telegram.mode=webhook",
                        "--rahnama.telegram.webhook-secret=" + SECRET, "--rahnama.redis.url=redis://127.0.0.1:" + redisPort,
                        "--rahnama.session.salt=load", "--rahnama.telegram.chat-interval=0ms",
                        "--rahnama.telegram.global-per-second=1000000", "--rahnama.flood.max-messages=1000000", "--logging.level.root=WARN"))
                        .redirectErrorStream(true).redirectOutput(new File("benchmarks/target/load-webhook-" + i + ".log")).start());
            }
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
            for (int port : ports) {
                LoadDriver.waitFor(() -> up(http, port), 90, () -> { });
            }
            List<String> json = LoadDriver.updates(updates, chats, false);
            ExecutorService posters = Executors.newFixedThreadPool(32);
            long first = System.nanoTime();
            for (int i = 0; i < json.size(); i++) {
                int index = i;
                long now = System.nanoTime();
                api.handedOutAt.put(index + 1, now);
                posters.execute(() -> post(http, ports.get(index % ports.size()), json.get(index)));
                if (index % 10 == 0) {
                    posters.execute(() -> post(http, ports.get((index + 1) % ports.size()), json.get(index)));
                }
            }
            posters.shutdown();
            posters.awaitTermination(5, TimeUnit.MINUTES);
            LoadDriver.waitFor(() -> LoadDriver.replies(api) >= updates, 300, () -> { });
            long last = api.sent.stream().mapToLong(FakeBotApi.Sent::atNanos).max().orElse(first);
            Thread.sleep(2000);
            System.out.printf("webhook, %d instance(s) sharing Redis, every 10th update delivered twice%n", instances);
            long rss = 0;
            for (Process bot : bots) {
                rss = Math.max(rss, LoadDriver.peakRssMb(bot.pid()));
            }
            LoadDriver.report(api, updates, chats, false, first, last, rss);
        } finally {
            for (Process bot : bots) {
                bot.destroy();
                bot.waitFor(20, TimeUnit.SECONDS);
            }
            redis.destroy();
        }
    }

    private static boolean up(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void post(HttpClient http, int port, String body) {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                    .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            System.err.println("post failed: " + e.getMessage());
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
