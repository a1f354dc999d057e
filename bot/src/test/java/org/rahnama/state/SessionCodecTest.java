package org.rahnama.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rahnama.language.Language;

/** Sessions as Redis keeps them: the yes and the ticket survive a round trip; sessions written by older versions still read. */
class SessionCodecTest {

    @Test
    void consentAndOpenTicket_surviveTheRoundTrip() {
        Session session = new Session(Language.PRS, "69003", "69", "learn-french", true, "42");
        assertThat(SessionCodec.decode(SessionCodec.encode(session))).isEqualTo(session);
        Session plain = Session.empty().withLanguage(Language.TI).withTicket(Session.TICKET_WANTED);
        assertThat(SessionCodec.decode(SessionCodec.encode(plain))).isEqualTo(plain);
    }

    @Test
    void sessionsOfEarlierVersions_keepTheirLanguageAndPlace_withoutConsentOrTicket() {
        assertThat(SessionCodec.decode("ps|75011|75|learn-french"))
                .isEqualTo(new Session(Language.PS, "75011", "75", "learn-french", false, null));
        assertThat(SessionCodec.decode("ar|05100|05|french-courses|learn-french|"))
                .isEqualTo(new Session(Language.AR, "05100", "05", "learn-french", false, null));
    }
}
