package org.rahnama.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rahnama.RahnamaApplication;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.Reply;
import org.rahnama.conversation.TeamDesk;
import org.rahnama.language.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two bot instances (two application contexts) sharing one real Redis behave as one bot. */
class TwoInstancesTest {

    static RedisServer redis;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        redis = new RedisServer();
        a = instance();
        b = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(RahnamaApplication.class).web(WebApplicationType.NONE)
                .properties("rahnama.redis.url=" + redis.url(), "rahnama.session.salt=shared-secret",
                        "rahnama.redis.retry-interval=100ms", "spring.main.banner-mode=off", "rahnama.handoff.chat-id=-100900")
                .run();
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        redis.close();
    }

    private static Reply say(ConfigurableApplicationContext instance, IncomingMessage message) {
        return instance.getBean(Conversation.class).handle(message);
    }

    @Test
    void languagePickedOnOneInstance_isUsedByTheOther() {
        say(a, IncomingMessage.action("telegram", "5001", "lang:prs"));
        Reply reply = say(b, IncomingMessage.text("telegram", "5001", "/help"));
        assertThat(reply.language()).isEqualTo(Language.PRS);
    }

    @Test
    void ticketOpenedOnOneInstance_isAnsweredContinuedAndClosedThroughTheOther() {
        say(a, IncomingMessage.action("telegram", "5101", "lang:en"));
        say(a, IncomingMessage.action("telegram", "5101", "teamyes"));
        String post = say(a, IncomingMessage.text("telegram", "5101", "My CAF payments stopped, who can help me?")).teamPosts().getFirst();
        String ticket = post.substring("🎫 #".length()).split("\\D", 2)[0];

        TeamDesk.Delivery answer = b.getBean(TeamDesk.class).read("Call the CAF on 3230, or go to France Services.", post).orElseThrow();
        assertThat(answer.ticket().orElseThrow().address()).isEqualTo("5101");
        assertThat(answer.toPerson().orElseThrow().text()).contains("Call the CAF on 3230").contains(ticket);

        // An old "yes" pressed again continues the open ticket rather than opening a second one.
        say(b, IncomingMessage.action("telegram", "5101", "teamyes"));
        Reply next = say(b, IncomingMessage.text("telegram", "5101", "Thank you. Is it open on Saturday?"));
        assertThat(next.teamPosts()).containsExactly("🎫 #" + ticket + " — message de la personne :\n\nThank you. Is it open on Saturday?");

        TeamDesk.Delivery closed = a.getBean(TeamDesk.class).read("/close", post).orElseThrow();
        assertThat(closed.toPerson()).isPresent();
        assertThat(b.getBean(TeamDesk.class).read("One more thing", post).orElseThrow().toPerson()).isEmpty();
        assertThat(say(b, IncomingMessage.text("telegram", "5101", "Where can I learn French?")).teamPosts()).isEmpty();
    }

    @Test
    void sameUpdateDeliveredToBothInstances_isTakenOnce() {
        assertThat(a.getBean(UpdateLog.class).firstTime(7_000_001)).isTrue();
        assertThat(b.getBean(UpdateLog.class).firstTime(7_000_001)).isFalse();
    }

    @Test
    void redisKilledMidConversation_answersContinue_andSharedStateResumesWhenItIsBack() throws Exception {
        say(a, IncomingMessage.action("telegram", "5002", "lang:ti"));
        redis.kill();
        Reply during = say(a, IncomingMessage.text("telegram", "5002", "/menu"));
        assertThat(during.messages()).isNotEmpty();
        assertThat(during.language()).isEqualTo(Language.TI);

        redis.start();
        Thread.sleep(200);
        say(a, IncomingMessage.action("telegram", "5002", "lang:fr"));
        Thread.sleep(200);
        assertThat(say(b, IncomingMessage.text("telegram", "5002", "/menu")).language()).isEqualTo(Language.FR);
    }
}
