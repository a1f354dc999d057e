package org.rahnama.telegram;

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
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the Bot API that keeps Telegram's promise about offsets: {@code getUpdates} returns the updates at
 * or after the offset, and an update is forgotten only once a later call's offset has passed it. Records every
 * message sent, per chat, in the order Telegram accepted them. Loopback only.
 */
final class OffsetTelegram implements AutoCloseable {

    static final String TOKEN = "123456:RESTART";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> updates = new CopyOnWriteArrayList<>();
    private volatile long confirmedBelow;
    private final Map<Long, List<String>> sent = new ConcurrentHashMap<>();

    OffsetTelegram() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/bot" + TOKEN + "/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues a text message from a person; update ids start at 1, in order. */
    void personWrites(long chatId, String text) {
        long id = updates.size() + 1L;
        updates.add(FakeTelegram.textUpdate(id, chatId, text, "fr"));
    }

    Map<Long, List<String>> sentByChat() {
        return sent;
    }

    long confirmedBelow() {
        return confirmedBelow;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(("/bot" + TOKEN + "/").length()).toLowerCase();
        byte[] request = exchange.getRequestBody().readAllBytes();
        JsonNode body = request.length == 0 ? JSON.createObjectNode() : JSON.readTree(request);
        String answer = switch (method) {
            case "getupdates" -> updatesFrom(body.path("offset").asLong(0), body.path("timeout").asInt(0));
            case "sendmessage" -> {
                long chat = body.path("chat_id").asLong();
                sent.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(body.path("text").asString());
                yield "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}}}";
            }
            default -> "{\"ok\":true,\"result\":true}";
        };
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String updatesFrom(long offset, int timeoutSeconds) {
        if (offset > confirmedBelow) {
            confirmedBelow = offset;
        }
        long end = System.nanoTime() + Math.min(timeoutSeconds, 1) * 1_000_000_000L;
        List<String> batch = new ArrayList<>();
        while (true) {
            for (int i = (int) Math.max(0, confirmedBelow - 1); i < updates.size() && batch.size() < 100; i++) {
                batch.add(updates.get(i));
            }
            if (!batch.isEmpty() || System.nanoTime() > end) {
                return "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}";
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "{\"ok\":true,\"result\":[]}";
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
