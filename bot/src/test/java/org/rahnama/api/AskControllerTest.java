package org.rahnama.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rahnama.state.SessionStore;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskControllerTest {

    @LocalServerPort
    int port;
    @MockitoSpyBean
    SessionStore sessions;

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
    void postcode_givesTheNearestLocalOfficesWithTheirDistance() throws Exception {
        JsonNode body = json.readTree(post("{\"text\":\"J'ai besoin d'aide pour une démarche en ligne\",\"postcode\":\"75011\"}").body());
        JsonNode first = null;
        for (JsonNode contact : body.get("contacts")) {
            if (contact.get("type").asString().equals("france-services") && first == null) {
                first = contact;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("national").asBoolean()).isFalse();
        assertThat(first.get("distanceKm").asDouble()).isLessThan(3.0);
        assertThat(first.get("address").asString()).contains("Paris");
    }

    @Test
    void questionWithoutAUser_leavesNoSessionBehind_whileAUsersQuestionIsRemembered() throws Exception {
        clearInvocations(sessions);
        assertThat(post("{\"text\":\"Je veux apprendre le français\"}").statusCode()).isEqualTo(200);
        verify(sessions, never()).save(any(), any());
        verify(sessions, never()).find(any());
        assertThat(post("{\"text\":\"Je veux apprendre le français\",\"user\":\"caseworker-tool-7\"}").statusCode()).isEqualTo(200);
        verify(sessions).save(any(), any());
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
