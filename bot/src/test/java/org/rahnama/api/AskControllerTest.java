package org.rahnama.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskControllerTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void question_getsTheSameJsonAsAsk() throws Exception {
        HttpResponse<String> response = post("{\"text\":\"Je veux apprendre le français\",\"postcode\":\"75011\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.propertyNames()).containsExactly("language", "languageConfidence", "intent", "intentConfidence",
                "safety", "entry", "title", "answer", "contacts");
        assertThat(body.get("language").asString()).isEqualTo("fr");
        assertThat(body.get("intent").asString()).isEqualTo("french-courses");
    }

    @Test
    void emptyOversizeOrMalformedBodies_getA400WithAMessage() throws Exception {
        for (String body : new String[] {"{\"text\":\"\"}", "{\"text\":\"" + "a".repeat(4097) + "\"}", "{not json", "[]",
                "{\"text\":\"bonjour\",\"lang\":\"xx\"}"}) {
            HttpResponse<String> response = post(body);
            assertThat(response.statusCode()).as(body.length() > 50 ? "oversize" : body).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asString()).isNotBlank();
        }
    }

    @Test
    void aQuestionAskedTwice_countsAsAnAnswerCacheHit_inTheMetrics() throws Exception {
        String question = "{\"text\":\"Comment avoir la carte Vitale ?\"}";
        assertThat(post(question).statusCode()).isEqualTo(200);
        assertThat(post(question).statusCode()).isEqualTo(200);
        HttpResponse<String> hits = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/metrics/cache.gets?tag=cache:rahnama.answers&tag=result:hit")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(json.readTree(hits.body()).get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void health_isUp() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
