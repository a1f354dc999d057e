package org.rahnama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ask --json} end to end: the real models, lexicons, knowledge base and contacts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AskCommandTest {

    private static final List<String> FIELDS = List.of("language", "languageConfidence", "intent", "intentConfidence",
            "safety", "entry", "title", "answer", "contacts");

    @Autowired
    AskCommand ask;

    private final JsonMapper json = JsonMapper.builder().build();

    private List<JsonNode> askJson(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ask.run(all, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void twoQuestions_giveExactlyTwoJsonLinesWithEveryField() {
        byte[] input = "Where can I learn French?\nکجا می‌توانم زبان فرانسوی یاد بگیرم؟\n".getBytes(StandardCharsets.UTF_8);
        List<JsonNode> lines = askJson(input);
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertThat(line.propertyNames()).containsExactlyElementsOf(FIELDS);
            assertThat(line.get("intent").asString()).isEqualTo("french-courses");
            assertThat(line.get("answer").asString()).isNotBlank();
        }
        assertThat(lines.get(0).get("language").asString()).isEqualTo("en");
        assertThat(lines.get(1).get("language").asString()).isEqualTo("prs");
    }

    @Test
    void badInput_neverStopsTheBatch_andEveryLineGetsAPoliteAnswer() {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(("je cherche un logement ".repeat(450) + "\n").getBytes(StandardCharsets.UTF_8));
        input.writeBytes(new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, (byte) 0xFE, 0x01, '\n'});
        input.writeBytes("😀😀🙏\n".getBytes(StandardCharsets.UTF_8));
        input.writeBytes("Where can I learn French?\n".getBytes(StandardCharsets.UTF_8));
        List<JsonNode> lines = askJson(input.toByteArray());
        assertThat(lines).hasSize(5);
        lines.forEach(line -> {
            assertThat(line.propertyNames()).containsExactlyElementsOf(FIELDS);
            assertThat(line.get("answer").asString()).isNotBlank().doesNotContain("input.", "reply.");
        });
        assertThat(lines.get(1).get("intent").asString()).isEqualTo("housing");
        assertThat(lines.get(4).get("intent").asString()).isEqualTo("french-courses");
    }

    @Test
    void preferredLanguage_isUsedForAMessageWithoutLetters() {
        List<JsonNode> lines = askJson("🙏🙏\n".getBytes(StandardCharsets.UTF_8), "--lang", "ps");
        assertThat(lines.getFirst().get("language").asString()).isEqualTo("ps");
        assertThat(lines.getFirst().get("languageConfidence").isNull()).isTrue();
    }

    @Test
    void suicidalMessage_isAnsweredWithHelplinesFirst() {
        JsonNode line = askJson("I don't want to live anymore\n".getBytes(StandardCharsets.UTF_8)).getFirst();
        assertThat(line.get("safety").asBoolean()).isTrue();
        assertThat(line.get("answer").asString()).contains("3114");
        assertThat(line.get("contacts").get(0).get("phone").asString()).isEqualTo("3114");
    }
}
