package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rahnama.state.ReplyJournal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final String SECRET = "s3cret-token";

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("rahnama.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("rahnama.telegram.api-url", telegram::apiUrl);
        // Spelled as an operator may write it: the mode is read once, without regard to case.
        registry.add("rahnama.telegram.mode", () -> "Webhook");
        registry.add("rahnama.telegram.webhook-secret", () -> SECRET);
        registry.add("rahnama.telegram.chat-interval", () -> "20ms");
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<JsonNode> sentTo(long chat) {
        return telegram.successful("sendMessage").stream().filter(m -> m.get("chat_id").asLong() == chat).toList();
    }

    @Autowired
    ApplicationContext context;
    @MockitoSpyBean
    ReplyJournal journal;

    @Test
    void modeSpelledWebhook_servesTheWebhook_andNeverPolls() {
        assertThat(context.getBeansOfType(WebhookController.class)).hasSize(1);
        assertThat(context.getBeansOfType(LongPollingChannel.class)).isEmpty();
        assertThat(context.getBean(TelegramProperties.class).webhook()).isTrue();
    }

    @Test
    void wrongOrMissingSecret_isRejectedWith401_andNothingIsSent() throws Exception {
        assertThat(post("wrong", FakeTelegram.textUpdate(101, 3001, "/help", "en"))).isEqualTo(401);
        assertThat(post(null, FakeTelegram.textUpdate(102, 3001, "/help", "en"))).isEqualTo(401);
        Thread.sleep(500);
        assertThat(sentTo(3001)).isEmpty();
    }

    @Test
    void sameUpdateDeliveredTwice_getsOneReply() throws Exception {
        String update = FakeTelegram.textUpdate(201, 3002, "/help", "en");
        assertThat(post(SECRET, update)).isEqualTo(200);
        assertThat(post(SECRET, update)).isEqualTo(200);
        telegram.awaitSent(s -> s.stream().anyMatch(m -> m.get("chat_id").asLong() == 3002), Duration.ofSeconds(10));
        Thread.sleep(500);
        assertThat(sentTo(3002)).hasSize(1);
    }

    @Test
    void updateWhoseReplyCannotBeRecorded_getsA503_andItsRedeliveryIsAnsweredOnce() throws Exception {
        doThrow(new IllegalStateException("journal unavailable")).doCallRealMethod()
                .when(journal).record(eq(501L), anyLong(), anyBoolean(), any());
        String update = FakeTelegram.textUpdate(501, 3005, "/help", "en");
        assertThat(post(SECRET, update)).as("not recorded: Telegram must deliver it again").isEqualTo(503);
        assertThat(post(SECRET, update)).isEqualTo(200);
        telegram.awaitSent(s -> s.stream().anyMatch(m -> m.get("chat_id").asLong() == 3005), Duration.ofSeconds(10));
        Thread.sleep(500);
        assertThat(sentTo(3005)).hasSize(1);
    }

    @Test
    void malformedUpdate_isAcknowledgedSoTelegramStopsResending() throws Exception {
        assertThat(post(SECRET, "{\"update_id\": \"not a number\", ")).isEqualTo(200);
        assertThat(post(SECRET, "{\"update_id\": 301, \"poll\": {}}")).isEqualTo(200);
    }

    @Test
    void forwardedQuestion_getsAnswerInBothLanguages() throws Exception {
        assertThat(post(SECRET, FakeTelegram.forwardedUpdate(401, 3004, "Where can I learn French? I have a refugee card."))).isEqualTo(200);
        List<JsonNode> sent = telegram.awaitSent(s -> s.stream().filter(m -> m.get("chat_id").asLong() == 3004).count() >= 3,
                Duration.ofSeconds(10));
        String all = sent.stream().filter(m -> m.get("chat_id").asLong() == 3004).map(m -> m.get("text").asString())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(all).contains("Version en français");
    }
}
