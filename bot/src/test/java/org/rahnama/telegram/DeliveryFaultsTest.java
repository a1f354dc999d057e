package org.rahnama.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Telegram misbehaves (429 with retry_after, 502, a reset connection, a 3-second stall): every reply still
 * arrives exactly once, and a chat's replies keep their order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeliveryFaultsTest {

    static final FakeTelegram telegram = new FakeTelegram();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("rahnama.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("rahnama.telegram.api-url", telegram::apiUrl);
        registry.add("rahnama.telegram.chat-interval", () -> "20ms");
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    /** The first sendMessage to this chat fails as given, the next ones succeed. */
    private static void failOnceFor(long chat, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String scenario = "chat-" + chat;
        telegram.server.stubFor(post(urlPathMatching("(?i)/bot" + FakeTelegram.TOKEN + "/sendMessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered").willReturn(failure));
        telegram.server.stubFor(post(urlPathMatching("(?i)/bot" + FakeTelegram.TOKEN + "/sendMessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
                .inScenario(scenario).whenScenarioStateIs("recovered").willReturn(FakeTelegram.sent()));
    }

    @Test
    void everyReplyArrivesExactlyOnce_inOrderPerChat_whateverTelegramDoes() throws Exception {
        failOnceFor(2001, FakeTelegram.status(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"));
        failOnceFor(2002, FakeTelegram.status(502, "<html>Bad Gateway</html>"));
        failOnceFor(2003, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        failOnceFor(2004, FakeTelegram.sent().withFixedDelay(3000));
        telegram.queueUpdates(
                FakeTelegram.textUpdate(11, 2001, "/help", "en") + "," + FakeTelegram.textUpdate(12, 2001, "/privacy", "en"),
                FakeTelegram.textUpdate(13, 2002, "/help", "fr"),
                FakeTelegram.textUpdate(14, 2003, "/help", "en"),
                FakeTelegram.textUpdate(15, 2004, "/help", "en"));

        List<JsonNode> sent = telegram.awaitSent(s -> s.size() >= 5, Duration.ofSeconds(40));
        Thread.sleep(1500);
        sent = telegram.successful("sendMessage");

        assertThat(sent).extracting(m -> m.get("chat_id").asLong()).containsExactlyInAnyOrder(2001L, 2001L, 2002L, 2003L, 2004L);
        List<String> chat2001 = sent.stream().filter(m -> m.get("chat_id").asLong() == 2001).map(m -> m.get("text").asString()).toList();
        assertThat(chat2001.get(0)).contains("/menu");
        assertThat(chat2001.get(1)).contains("/forget");
    }
}
