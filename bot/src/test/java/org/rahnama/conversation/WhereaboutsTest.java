package org.rahnama.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Where the person is, as they say it: a postcode, a town in any script, a town that is also a word. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WhereaboutsTest {

    private static final AtomicLong USERS = new AtomicLong(1);

    /** A Sunday in Paris: France Services offices are closed. */
    @TestConfiguration
    static class OnASunday {
        @Bean
        @Primary
        Clock sunday() {
            return Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    Conversation conversation;
    @Autowired
    Translations translations;

    private final String user = "where-" + USERS.getAndIncrement();

    private Reply say(String text) {
        return conversation.handle(IncomingMessage.text("test", user, text));
    }

    @Test
    void typedTown_isTakenAsThePlace_andOfficesComeWithTheirDistance() {
        say("/language");
        conversation.handle(IncomingMessage.action("test", user, "lang:fr"));
        assertThat(say("Briançon").text()).isEqualTo(translations.get(Language.FR, "reply.postcode-saved"));
        Reply reply = say("j'ai besoin d'aide pour une démarche en ligne");
        assertThat(reply.result().contacts()).filteredOn(c -> c.type().equals("france-services"))
                .first().satisfies(c -> {
                    assertThat(c.national()).isFalse();
                    assertThat(c.distanceKm()).isLessThan(15.0);
                });
    }

    @Test
    void townNameSharedByPlacesFarApart_asksWhichOne() {
        Reply reply = say("Saint-Denis");
        assertThat(reply.messages().getFirst()).isEqualTo(translations.get(reply.language(), "reply.which-place"));
        assertThat(reply.buttons()).extracting(Button::label).anyMatch(l -> l.contains("(93200)")).anyMatch(l -> l.contains("(97400)"));
    }

    @Test
    void wordThatIsAlsoATown_isAnsweredAsTheQuestionItIs() {
        // "Angoisse" is a commune of the Dordogne; a person who writes it means anxiety.
        Reply reply = say("angoisse");
        assertThat(reply.result().intent()).isEqualTo("mental-health");
    }

    @Test
    void unknownPostcode_getsAClearReply() {
        assertThat(say("99999").text()).isEqualTo(translations.get(Language.EN, "reply.postcode-unknown"));
    }

    @Test
    void townWrittenInPersianScript_givesTheContactsOfTheLastAnswerThere() {
        say("کجا زبان فرانسوی یاد بگیرم؟");
        Reply reply = say("لیون");
        assertThat(reply.language()).isEqualTo(Language.PRS);
        assertThat(reply.result().contacts()).anyMatch(c -> !c.national() && c.address() != null && c.address().contains("Lyon"));
    }

    @Test
    void tigrinyaAnswer_showsTodaysHoursInTigrinya_withoutEnglishDayNamesOrAStrayNon() {
        say("75019");
        Reply reply = say("ኣብ ኢንተርነት ጉዳያት ንምግባር ሓገዝ የድልየኒ");
        assertThat(reply.language()).isEqualTo(Language.TI);
        assertThat(reply.result().contacts()).anyMatch(c -> c.type().equals("france-services") && !c.national());
        assertThat(reply.text()).contains(translations.get(Language.TI, "contacts.closed-today"))
                .doesNotContainPattern("\\b(Mo|Tu|We|Th|Fr|Sa) \\d").doesNotContain("\nNon");
    }
}
