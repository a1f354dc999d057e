package org.rahnama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ChatCommandTest {

    @Autowired
    ChatCommand chat;

    @Autowired
    Translations translations;

    private String converse(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = String.join("\n", lines) + "\n";
        chat.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void languageButton_isANumberedChoice_andTheChoiceIsRemembered() {
        String output = converse("3", "hello", "quit");
        assertThat(output).contains("[1] العربية", "[3] دری", "[6] Français");
        assertThat(output).contains(translations.get(Language.PRS, "reply.language-set"));
    }

    @Test
    void postcode_isRememberedForTheContactsOfTheNextAnswer() {
        String output = converse("75011", "I need a doctor, where can I go?", "quit");
        assertThat(output).contains(translations.get(Language.EN, "reply.postcode-saved"));
        assertThat(output).doesNotContain(translations.get(Language.EN, "contacts.ask-postcode"));
    }

    @Test
    void emptyLinesEmojiAndForgedButtons_getAnAnswerAndTheChatGoesOn() {
        // The terminal is one person for the whole JVM: start from a clean slate, whatever another test chose.
        String output = converse("/forget", "", "🙂🙂", "99", "/forget", "quit");
        assertThat(output).contains(translations.get(Language.EN, "input.empty"), translations.get(Language.EN, "input.not-understood"),
                translations.get(Language.EN, "reply.forgotten"));
    }

    @Test
    void moreDetails_readAsPlainText_withoutMarkdownSigns() {
        String output = converse("/forget", "How do I apply for asylum in France?", "3", "/forget", "quit");
        assertThat(output).contains("[3] " + translations.get(Language.EN, "button.more"));
        assertThat(output).doesNotContain("## ", "**");
    }
}
