package org.rahnama.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Someone who sends too much gets one "slow down", in their own language, then silence. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "rahnama.flood.max-messages=3")
class FloodReplyTest {

    @Autowired
    Conversation conversation;
    @Autowired
    Translations translations;

    @Test
    void floodReply_comesInTheSessionsLanguage() {
        conversation.handle(IncomingMessage.action("test", "flooder", "lang:ps"));
        conversation.handle(IncomingMessage.text("test", "flooder", "سلام"));
        conversation.handle(IncomingMessage.text("test", "flooder", "سلام"));
        Reply warning = conversation.handle(IncomingMessage.text("test", "flooder", "سلام"));
        assertThat(warning.messages()).containsExactly(translations.get(Language.PS, "reply.slow-down"));
        assertThat(conversation.handle(IncomingMessage.text("test", "flooder", "سلام")).messages()).isEmpty();
    }
}
