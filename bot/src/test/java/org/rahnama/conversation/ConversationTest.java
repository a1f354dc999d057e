package org.rahnama.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.rahnama.state.SessionStore;
import org.rahnama.state.UserKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The pipeline as a person meets it, with the shipped models, lexicons, knowledge base and contacts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConversationTest {

    private static final AtomicLong USERS = new AtomicLong(1);

    @Autowired
    Conversation conversation;
    @Autowired
    Translations translations;
    @Autowired
    SessionStore sessions;
    @Autowired
    UserKeys userKeys;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final String user = "user-" + USERS.getAndIncrement();

    private Reply say(String text) {
        return conversation.handle(IncomingMessage.text("test", user, text));
    }

    @Test
    void suicidalThoughts_getHelplinesFirst_beforeAnythingElse() {
        Reply reply = say("I don't want to live anymore. Also where is a doctor?");
        assertThat(reply.result().safety()).isTrue();
        assertThat(reply.messages().getFirst()).contains("3114", translations.get(Language.EN, "safety.free"));
    }

    @Test
    void crisisInDari_isAnsweredInDari() {
        Reply reply = say("دیگه نمی‌خواهم زنده باشم، خسته شدم از زندگی");
        assertThat(reply.result().safety()).isTrue();
        assertThat(reply.language()).isEqualTo(Language.PRS);
        assertThat(reply.messages().getFirst()).contains("3114", translations.get(Language.PRS, "safety.free"));
    }

    @Test
    void negatedCrisis_isNotACrisis() {
        Reply reply = say("I am not suicidal, I just need a doctor for my back pain");
        assertThat(reply.result().safety()).isFalse();
        assertThat(reply.result().intent()).isEqualTo("see-a-doctor");
    }

    @Test
    void violenceAtHome_gets3919And17() {
        Reply reply = say("Mon mari me frappe tous les soirs, j'ai peur");
        assertThat(reply.result().safety()).isTrue();
        assertThat(reply.messages().getFirst()).contains("3919", "17");
    }

    @Test
    void twoNeeds_mostUrgentFirst_andAButtonForTheOther() {
        Reply reply = say("I have no place to sleep tonight and my son needs to go to school");
        assertThat(reply.result().intent()).isIn("emergency-shelter", "housing");
        assertThat(reply.buttons()).extracting(Button::action).contains("intent:school-enrolment");
    }

    @Test
    void romanizedDari_isAnsweredInDari_withANoteAboutTheScript() {
        Reply reply = say("salam, mekhaham zaban faransawi yad begiram, kuja bayad berawam?");
        assertThat(reply.language()).isEqualTo(Language.PRS);
        assertThat(reply.messages()).contains(translations.get(Language.PRS, "language.romanized"));
    }

    @Test
    void sharedGreetingAsFirstMessage_asksForTheLanguage_inEveryLanguage() {
        Reply reply = say("السلام علیکم");
        assertThat(reply.messages().getFirst()).contains(translations.get(Language.PRS, "reply.pick-language"),
                translations.get(Language.PS, "reply.pick-language"), translations.get(Language.AR, "reply.pick-language"));
        assertThat(reply.buttons()).extracting(Button::action).contains("lang:prs", "lang:ps", "lang:ar");
    }

    @Test
    void sharedBlessingAfterAPashtoQuestion_isAnsweredInPashto() {
        say("زه غواړم فرانسوي زده کړم، چېرته لاړ شم؟");
        assertThat(say("الحمدلله").language()).isEqualTo(Language.PS);
    }

    @Test
    void dariFullOfFrenchWords_isNotTakenForArabic() {
        Reply reply = say("assistante sociale من گفت که برای CAF یک attestation بیاورم");
        assertThat(reply.language()).isEqualTo(Language.PRS);
    }

    @Test
    void outOfScope_getsAKindAnswerAndTheThemes() {
        Reply reply = say("who will win the football world cup?");
        assertThat(reply.result().intent()).isEqualTo("out-of-scope");
        assertThat(reply.buttons()).extracting(Button::action).contains("theme:papers", "theme:health", "human");
    }

    @Test
    void voiceNote_getsAKindReplySayingWhatTheBotCanRead() {
        Reply reply = conversation.handle(IncomingMessage.media("test", user, IncomingMessage.Kind.VOICE).withLanguage(Language.TI));
        assertThat(reply.messages()).containsExactly(translations.get(Language.TI, "input.media"));
    }

    @Test
    void forgedOrStaleButton_getsTheMenu_notACrash() {
        for (String data : new String[] {"intent:<script>", "more:does-not-exist", "theme:nothing", "x".repeat(500), "drop table"}) {
            Reply reply = conversation.handle(IncomingMessage.action("test", user, data));
            assertThat(reply.messages()).as(data).containsExactly(translations.get(Language.EN, "reply.menu"));
            assertThat(reply.buttons()).extracting(Button::action).contains("theme:papers", "theme:asylum");
        }
        Reply unknownLanguage = conversation.handle(IncomingMessage.action("test", user, "lang:xx"));
        assertThat(unknownLanguage.messages()).containsExactly(translations.get(Language.EN, "reply.pick-language"));
    }

    @Test
    void commandFollowedByCrisisWords_getsTheHelplinesFirst() {
        for (String text : new String[] {"/start I want to die", "/help je veux mourir"}) {
            Reply reply = say(text);
            assertThat(reply.result().safety()).as(text).isTrue();
            assertThat(reply.messages().getFirst()).as(text).contains("3114");
        }
    }

    @Test
    void tigrinyaConversationEndingWithThanksInLatinLetters_staysInTigrinya() {
        assertThat(say("ኣብ ፈረንሳ ፈረንሳይኛ ኣበይ ክመሃር እኽእል?").language()).isEqualTo(Language.TI);
        Reply thanks = say("thanks");
        assertThat(thanks.language()).isEqualTo(Language.TI);
        assertThat(thanks.text()).contains(translations.get(Language.TI, "reply.thanks"));
    }

    @Test
    void shortArabicScriptMessage_isNeverAnsweredInEnglishOrFrench() {
        say("/language");
        conversation.handle(IncomingMessage.action("test", user, "lang:en"));
        for (String text : new String[] {"في 11", "در ۲۶", "د ACE2", "تا ۴"}) {
            assertThat(say(text).language()).as(text).isIn(Language.AR, Language.PS, Language.PRS);
        }
    }

    @Test
    void aLanguageButton_isAnsweredInTheLanguageJustChosen_notTheOneBefore() {
        Reply chosen = conversation.handle(IncomingMessage.action("test", user, "lang:prs").withLanguage(Language.EN));
        assertThat(chosen.messages().getFirst()).isEqualTo(translations.get(Language.PRS, "reply.language-set"));
        assertThat(chosen.language()).isEqualTo(Language.PRS);
        assertThat(chosen.result().language()).isEqualTo("prs");
    }

    @Test
    void privacy_explainsInSixLines_andForget_deletesTheSession() {
        say("/language");
        conversation.handle(IncomingMessage.action("test", user, "lang:ps"));
        assertThat(sessions.find(userKeys.of("test", user))).isPresent();
        assertThat(say("/privacy").messages().getFirst().split("\n")).hasSize(6);
        Reply forgotten = say("/forget");
        assertThat(forgotten.messages().getFirst()).isEqualTo(translations.get(Language.PS, "reply.forgotten"));
        assertThat(sessions.find(userKeys.of("test", user))).isEmpty();
    }

    @Test
    void postcodeThenQuestion_givesLocalContacts() {
        say("05100");
        Reply reply = say("Je n'ai plus rien à manger pour mes enfants, où trouver de la nourriture gratuite ?");
        assertThat(reply.result().intent()).isEqualTo("food-aid");
        assertThat(reply.result().contacts()).anyMatch(c -> !c.national() && c.name().contains("Briançon"));
    }

    @Test
    void noLocalContactKnown_saysSo_givesTheNationalServices_andTheNearestFranceServices_neverAnInventedOne() {
        say("05100");
        Reply reply = say("j'ai besoin d'un psychologue, je fais des cauchemars");
        assertThat(reply.result().intent()).isEqualTo("mental-health");
        assertThat(reply.result().contacts()).filteredOn(c -> !c.type().equals("france-services")).isNotEmpty().allMatch(ContactResult::national);
        assertThat(reply.result().contacts()).anyMatch(c -> c.type().equals("france-services") && !c.national() && c.distanceKm() != null);
        assertThat(reply.text()).contains(translations.get(Language.FR, "contacts.no-local"));
    }

    @Test
    void schoolQuestionFromAnyPostcode_namesTheAcademiesCasnav() {
        say("83000");
        Reply reply = say("Comment inscrire mon fils au collège ? Il vient d'arriver en France");
        assertThat(reply.result().intent()).isEqualTo("school-enrolment");
        assertThat(reply.result().contacts()).anyMatch(c -> c.type().equals("casnav") && c.name().contains("Nice"));
    }

    @Test
    void answerNotHelpful_isCountedForItsEntryWithoutTheQuestion_andOffersAPerson() {
        Reply answer = say("How do I apply for asylum in France?");
        String entry = answer.result().entry();
        assertThat(answer.buttons()).extracting(Button::action).startsWith("helped:" + entry, "nothelped:" + entry);
        double before = meters.counter("rahnama.answers.feedback", "entry", entry, "language", "en", "vote", "down").count();
        Reply sorry = conversation.handle(IncomingMessage.action("test", user, "nothelped:" + entry));
        assertThat(sorry.messages()).containsExactly(translations.get(Language.EN, "feedback.sorry"));
        assertThat(sorry.buttons()).extracting(Button::action).contains("human");
        assertThat(meters.counter("rahnama.answers.feedback", "entry", entry, "language", "en", "vote", "down").count()).isEqualTo(before + 1);
        assertThat(meters.find("rahnama.answers.feedback").tagKeys("entry", "language", "vote").counters()).isNotEmpty();
    }

    @Test
    void feedbackForAnEntryThatDoesNotExist_createsNoMetric() {
        conversation.handle(IncomingMessage.action("test", user, "helped:made-up-entry"));
        assertThat(meters.find("rahnama.answers.feedback").tag("entry", "made-up-entry").counters()).isEmpty();
    }
}
