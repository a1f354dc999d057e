package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A whole conversation over long polling, with WireMock as the Bot API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LongPollingConversationTest {

    static final FakeTelegram telegram = new FakeTelegram();

    /**
     * The shipped knowledge base plus one made-up office with coordinates near Briançon: the shipped pilot data has
     * no verified coordinates yet, and the test is about what a shared location does.
     */
    static Path knowledgeBaseWithAnOfficeNearBriancon() {
        try {
            Path copy = Files.createTempDirectory("kb");
            Path shipped = Path.of("knowledge-base");
            try (var files = Files.walk(shipped)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(shipped.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Files.writeString(copy.resolve("contacts/local/test-fixture.csv"), String.join(",", List.of("type", "name", "address",
                    "postcode", "commune", "departments", "latitude", "longitude", "phone", "email", "website", "hours", "languages",
                    "source", "checked")) + "\nfrance-services,Test office (fixture),1 rue du Test,05100,Briançon,05,44.8990,6.6430,,,"
                    + "https://example.test,,,test fixture,2026-11-01\n");
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("rahnama.data.knowledge-base", () -> knowledgeBaseWithAnOfficeNearBriancon().toString());
        registry.add("rahnama.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("rahnama.telegram.api-url", telegram::apiUrl);
        registry.add("rahnama.telegram.chat-interval", () -> "50ms");
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    @Autowired
    Translations translations;

    @Test
    void startPickPashtoAskShareLocation_eachStepGetsItsReplyInOrder() throws Exception {
        long chat = 1001;
        telegram.queueUpdates(
                FakeTelegram.textUpdate(1, chat, "/start", "ps"),
                FakeTelegram.buttonUpdate(2, chat, "lang:ps"),
                FakeTelegram.textUpdate(3, chat, "زه غواړم فرانسوي ژبه زده کړم، چیرته ټولګي شته؟", "ps"),
                FakeTelegram.buttonUpdate(4, chat, "contacts"),
                FakeTelegram.locationUpdate(5, chat, 44.8986, 6.6431));

        List<JsonNode> sent = telegram.awaitSent(s -> s.size() >= 6, Duration.ofSeconds(30));

        assertThat(sent).hasSizeGreaterThanOrEqualTo(6);
        assertThat(text(sent.get(0))).isEqualTo(TelegramHtml.render(translations.get(Language.PS, "reply.welcome")));
        assertThat(sent.get(0).toString()).contains("پښتو", "lang:ps");
        assertThat(text(sent.get(1))).contains(translations.get(Language.PS, "reply.language-set"));
        JsonNode answer = sent.get(3);
        assertThat(answer.get("reply_markup").toString()).contains("\"contacts\"", "\"human\"", "\"language\"");
        JsonNode askLocation = sent.get(4);
        assertThat(askLocation.get("reply_markup").toString()).contains("request_location");
        assertThat(text(sent.get(5))).contains("Test office (fixture)", "km");
        assertThat(telegram.successful("answerCallbackQuery")).extracting(b -> b.get("callback_query_id").asString())
                .containsExactly("cb2", "cb4");
        sent.forEach(m -> assertThat(m.get("chat_id").asLong()).isEqualTo(chat));
    }

    private static String text(JsonNode message) {
        return message.get("text").asString();
    }
}
