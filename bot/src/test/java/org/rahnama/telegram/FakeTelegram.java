package org.rahnama.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock standing in for the Telegram Bot API: serves queued updates to getUpdates, accepts every other call,
 * and lets a test read what the bot sent (successful calls only, in the order they were answered).
 */
final class FakeTelegram implements AutoCloseable {

    static final String TOKEN = "123456:TEST";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private int updateStep;

    FakeTelegram() {
        server.start();
        server.stubFor(any(urlPathMatching("/bot" + TOKEN + "/.*")).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(urlPathMatching("(?i)/bot" + TOKEN + "/getMe")).atPriority(5).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Rahnama\",\"username\":\"rahnama_bot\"}}")));
        server.stubFor(post(urlPathMatching("(?i)/bot" + TOKEN + "/sendMessage")).atPriority(5).willReturn(sent()));
        server.stubFor(post(urlPathMatching("(?i)/bot" + TOKEN + "/getUpdates")).atPriority(9)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(100)));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sent() {
        return okJson("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"}}}");
    }

    String apiUrl() {
        return "http://localhost:" + server.port();
    }

    /** Serves these updates, one getUpdates answer each, in order. */
    void queueUpdates(String... updates) {
        for (String update : updates) {
            String state = updateStep == 0 ? Scenario.STARTED : "step-" + updateStep;
            updateStep++;
            server.stubFor(post(urlPathMatching("(?i)/bot" + TOKEN + "/getUpdates")).atPriority(1)
                    .inScenario("updates").whenScenarioStateIs(state).willSetStateTo("step-" + updateStep)
                    .willReturn(okJson("{\"ok\":true,\"result\":[" + update + "]}")));
        }
    }

    /** Bodies of the successful calls to a method, in the order they were answered. */
    List<JsonNode> successful(String method) {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent event : events) {
            boolean methodMatches = event.getRequest().getUrl().toLowerCase().endsWith("/" + method.toLowerCase());
            if (methodMatches && event.getResponse().getStatus() == 200 && event.getResponse().getFault() == null) {
                bodies.add(JSON.readTree(event.getRequest().getBodyAsString()));
            }
        }
        return bodies;
    }

    /** Waits until the condition holds on the successful sendMessage calls (or fails after the timeout). */
    List<JsonNode> awaitSent(Predicate<List<JsonNode>> condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<JsonNode> sent = successful("sendMessage");
        while (!condition.test(sent) && System.nanoTime() < end) {
            Thread.sleep(50);
            sent = successful("sendMessage");
        }
        return sent;
    }

    static String textUpdate(long updateId, long chatId, String text, String languageCode) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId
                + ",\"is_bot\":false,\"first_name\":\"A\",\"language_code\":\"" + languageCode + "\"},\"text\":" + quote(text) + "}}";
    }

    static String forwardedUpdate(long updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"C\"},"
                + "\"forward_origin\":{\"type\":\"hidden_user\",\"date\":1699990000,\"sender_user_name\":\"client\"},\"text\":" + quote(text) + "}}";
    }

    static String buttonUpdate(long updateId, long chatId, String data) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb" + updateId + "\",\"chat_instance\":\"x\","
                + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"A\"},\"data\":\"" + data + "\","
                + "\"message\":{\"message_id\":7,\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}}}";
    }

    static String locationUpdate(long updateId, long chatId, double latitude, double longitude) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"A\"},"
                + "\"location\":{\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}}}";
    }

    /** A caseworker's message in a group; {@code repliedPost} is the text of the bot's post it replies to, or null. */
    static String groupUpdate(long updateId, long groupId, long caseworker, String text, String repliedPost) {
        String replied = repliedPost == null ? "" : ",\"reply_to_message\":{\"message_id\":3,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + groupId + ",\"type\":\"supergroup\",\"title\":\"Team\"},"
                + "\"from\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Rahnama\"},\"text\":" + quote(repliedPost) + "}";
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + groupId + ",\"type\":\"supergroup\",\"title\":\"Team\"},\"from\":{\"id\":" + caseworker
                + ",\"is_bot\":false,\"first_name\":\"Caseworker\"},\"text\":" + quote(text) + replied + "}}";
    }

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
