package org.rahnama.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rahnama.state.SessionStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The chat page over plain HTTP, as a browser without JavaScript uses it (same context as the API's test). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatFormTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

    @LocalServerPort
    int port;
    @MockitoSpyBean
    SessionStore sessions;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A browser's first visit: its cookie and the token of its forms. */
    private record Visit(String cookie, String token, HttpResponse<String> page) {
    }

    private Visit open() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept-Language", "fr-FR,fr;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Visit(cookie, token.group(1), page);
    }

    private HttpResponse<String> post(String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void thePage_opensWithTheBotsWelcomeAndLanguageMenu_underAStrictContentSecurityPolicy() throws Exception {
        Visit visit = open();
        assertThat(visit.page().statusCode()).isEqualTo(200);
        assertThat(visit.page().body()).contains("<html lang=\"fr\" dir=\"ltr\">", "Bonjour, je suis Rahnama",
                "value=\"lang:prs\" lang=\"prs\" dir=\"rtl\">دری</button>");
        assertThat(visit.page().headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(visit.cookie()).startsWith(BrowserClients.COOKIE + "=");
        assertThat(visit.page().headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");
        assertThat(visit.page().body()).doesNotContain("http://", "https://");
    }

    @Test
    void aPlainFormPost_withoutJavaScript_getsThePageWithTheAnswer_andKeepsNoText() throws Exception {
        Visit visit = open();
        clearInvocations(sessions);
        HttpResponse<String> answer = post(visit.cookie(), field("_csrf", visit.token()) + "&" + field("text", "Je veux apprendre le français"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("<!DOCTYPE html>").contains("Votre message :", "Je veux apprendre le français",
                "value=\"more:", "<form method=\"post\" action=\"/\" class=\"ask\">");
        verify(sessions).save(any(), argThat(session -> !session.toString().contains("apprendre")));
    }

    @Test
    void aPostWithoutTheFormsToken_isRefused_andNothingIsAnswered() throws Exception {
        Visit visit = open();
        clearInvocations(sessions);
        for (String form : new String[] {field("text", "Je veux apprendre le français"),
                field("_csrf", "0".repeat(32)) + "&" + field("text", "Je veux apprendre le français")}) {
            HttpResponse<String> refused = post(visit.cookie(), form);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Cette page a expiré").doesNotContain("Votre message");
        }
        assertThat(post(null, field("_csrf", visit.token()) + "&" + field("text", "bonjour")).statusCode()).isEqualTo(403);
        verify(sessions, never()).save(any(), any());
        // Another browser's token does not fit this browser's cookie.
        assertThat(post(open().cookie(), field("_csrf", visit.token()) + "&" + field("text", "bonjour")).statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowserSendingTooManyMessages_isSlowedDownByTheSameFloodGuardAsTelegram() throws Exception {
        Visit visit = open();
        String form = field("_csrf", visit.token()) + "&" + field("text", "Je veux apprendre le français");
        String last = "";
        // The page's opening counted as one message; the default limit is 20 a minute.
        for (int i = 0; i < 20; i++) {
            last = post(visit.cookie(), form).body();
        }
        assertThat(last).contains("Vous envoyez beaucoup de messages");
    }

    @Test
    void theMaintainersPages_areNotServed_withoutATokenConfigured() throws Exception {
        HttpResponse<String> kb = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kb"))
                .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kb.statusCode()).isEqualTo(404);
    }

    @Test
    void anEntryLink_showsTheWholeEntryInTheAskedLanguage_withItsSources() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/answer/ame-state-medical-aid?lang=prs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"prs\" dir=\"rtl\">", "منابع رسمی:", "https://www.service-public.fr/particuliers/vosdroits/F3079");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/answer/..%2Fsecret")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(400, 404);
    }
}
