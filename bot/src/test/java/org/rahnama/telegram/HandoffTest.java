package org.rahnama.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The hand-off to the caseworkers' group over the (fake) Bot API, from the person's yes to the caseworker's /close. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HandoffTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final long TEAM = -100777;
    static final long PERSON = 2001;
    static final long CASEWORKER = 3001;
    /** Update ids keep growing across the tests, as Telegram's do: the bot takes none twice. */
    static final java.util.concurrent.atomic.AtomicLong updateIds = new java.util.concurrent.atomic.AtomicLong();

    static long next() {
        return updateIds.incrementAndGet();
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("rahnama.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("rahnama.telegram.api-url", telegram::apiUrl);
        registry.add("rahnama.telegram.chat-interval", () -> "20ms");
        registry.add("rahnama.telegram.group-interval", () -> "20ms");
        registry.add("rahnama.handoff.chat-id", () -> Long.toString(TEAM));
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    @Autowired
    Translations translations;

    @Test
    void afterAYes_theQuestionGoesToTheTeamWithATicketAndNoUserId_repliesGoBackAndForth_andCloseEndsIt() throws Exception {
        String question = "What should I bring to my OFPRA interview next week?";
        telegram.queueUpdates(
                FakeTelegram.buttonUpdate(next(), PERSON, "human"),
                FakeTelegram.buttonUpdate(next(), PERSON, "teamyes"),
                FakeTelegram.textUpdate(next(), PERSON, question, "en"));
        JsonNode post = first(TEAM, question);
        String postText = text(post);
        assertThat(postText).startsWith("🎫 #").contains("Langue : anglais (en)", "Sujet probable : ", "/close");
        assertThat(post.toString()).doesNotContain(Long.toString(PERSON)).doesNotContain("\"A\"");
        String ticket = postText.substring("🎫 #".length()).split("\\D", 2)[0];
        List<JsonNode> toPerson = await(toChat(PERSON), 3);
        assertThat(text(toPerson.get(0))).contains(translations.get(Language.EN, "handoff.offer").substring(0, 30));
        assertThat(text(toPerson.get(2))).contains(translations.get(Language.EN, "handoff.sent", Map.of("ticket", ticket)));

        telegram.queueUpdates(FakeTelegram.groupUpdate(next(), TEAM, CASEWORKER, "Bring your convocation & your attestation <b>.", postText));
        assertThat(text(first(PERSON, "Bring your convocation"))).contains(
                translations.get(Language.EN, "handoff.from-team", Map.of("ticket", ticket)), "&amp; your attestation &lt;b&gt;.");

        telegram.queueUpdates(FakeTelegram.textUpdate(next(), PERSON, "Thank you. Can my wife come with me?", "en"));
        assertThat(text(first(TEAM, "Can my wife come")))
                .isEqualTo("🎫 #" + ticket + " — message de la personne :\n\nThank you. Can my wife come with me?");

        telegram.queueUpdates(FakeTelegram.groupUpdate(next(), TEAM, CASEWORKER, "/close " + ticket, null));
        String closed = translations.get(Language.EN, "handoff.closed", Map.of("ticket", ticket));
        assertThat(text(first(PERSON, closed.substring(0, 20)))).isEqualTo(closed);
        assertThat(text(first(TEAM, "ticket fermé. La personne"))).contains("#" + ticket);

        // Closed: the caseworker's late reply is not passed on, and the person's next message is a question for the bot.
        telegram.queueUpdates(FakeTelegram.groupUpdate(next(), TEAM, CASEWORKER, "One more thing", postText),
                FakeTelegram.textUpdate(next(), PERSON, "Where can I learn French?", "en"));
        assertThat(text(first(TEAM, "fermé ou a expiré"))).contains("#" + ticket);
        List<JsonNode> after = await(toChat(PERSON), 7);
        assertThat(text(after.get(6))).doesNotContain("One more thing").containsIgnoringCase("French");
    }

    @Test
    void aCrisisWhileTalkingWithTheTeam_getsTheHelplinesFirst_andTheTeamIsTold() throws Exception {
        long person = 2002;
        telegram.queueUpdates(
                FakeTelegram.buttonUpdate(next(), person, "teamyes"),
                FakeTelegram.textUpdate(next(), person, "I do not want to live anymore, I want to kill myself", "en"));
        List<JsonNode> toPerson = await(toChat(person), 3);
        assertThat(text(toPerson.get(1))).contains("3114");
        assertThat(text(toPerson.get(2))).startsWith(translations.get(Language.EN, "handoff.sent").substring(0, 20));
        assertThat(text(first(TEAM, "I want to kill myself"))).contains("⚠️");
    }

    /** The first message sent to the chat whose text contains the words, once it is there. */
    private static JsonNode first(long chat, String words) throws InterruptedException {
        return await(m -> toChat(chat).test(m) && text(m).contains(words), 1).getFirst();
    }

    private static Predicate<JsonNode> toChat(long chat) {
        return m -> m.get("chat_id").asLong() == chat;
    }

    private static List<JsonNode> await(Predicate<JsonNode> which, int count) throws InterruptedException {
        List<JsonNode> sent = telegram.awaitSent(s -> s.stream().filter(which).count() >= count, Duration.ofSeconds(30));
        List<JsonNode> matching = sent.stream().filter(which).toList();
        assertThat(matching).hasSizeGreaterThanOrEqualTo(count);
        return matching;
    }

    private static String text(JsonNode message) {
        return message.get("text").asString();
    }
}
