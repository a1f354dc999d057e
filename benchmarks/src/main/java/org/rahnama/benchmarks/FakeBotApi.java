package org.rahnama.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Bot API on loopback for the load driver: hands out queued updates to getUpdates (honouring the
 * offset, 100 at a time), answers every other method with success, and records each sendMessage with its time.
 */
final class FakeBotApi implements AutoCloseable {

    record Sent(long chatId, long atNanos, boolean lastOfReply) {
    }

    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*(-?\\d+)");

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(16);
    private final List<String> updates = new ArrayList<>();
    final Map<Integer, Long> handedOutAt = new ConcurrentHashMap<>();
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean serving;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void queue(List<String> updateJson) {
        updates.addAll(updateJson);
    }

    void startServing() {
        serving = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().toLowerCase();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String response;
        if (path.endsWith("/getupdates")) {
            response = updates(body);
        } else if (path.endsWith("/sendmessage")) {
            Matcher chat = CHAT_ID.matcher(body);
            if (chat.find()) {
                sent.add(new Sent(Long.parseLong(chat.group(1)), System.nanoTime(), body.contains("reply_markup")));
            }
            response = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"}}}";
        } else if (path.endsWith("/getme")) {
            response = "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Load\"}}";
        } else {
            response = "{\"ok\":true,\"result\":true}";
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String updates(String body) {
        if (!serving) {
            pause();
            return "{\"ok\":true,\"result\":[]}";
        }
        Matcher offsetMatcher = OFFSET.matcher(body);
        int offset = offsetMatcher.find() ? Integer.parseInt(offsetMatcher.group(1)) : 0;
        int from = Math.max(0, offset - 1);
        if (from >= updates.size()) {
            pause();
            return "{\"ok\":true,\"result\":[]}";
        }
        int to = Math.min(updates.size(), from + 100);
        long now = System.nanoTime();
        for (int i = from; i < to; i++) {
            handedOutAt.putIfAbsent(i + 1, now);
        }
        return "{\"ok\":true,\"result\":[" + String.join(",", updates.subList(from, to)) + "]}";
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // Its threads are not daemons: left running, they kept the driver alive after its report.
        handlers.shutdownNow();
    }
}
