package org.rahnama.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedFormulaeTest {

    @Test
    void greetingsAndBlessingsAlone_carryNoLanguage_howeverTheyAreSpelledOrSpaced() {
        for (String text : new String[] {"سلام", "السلام عليكم", "سلام علیکم!", "و علیکم السلام", "إن شاء الله", "انشاالله",
                "الحمد لله", "ماشاءالله، الحمدلله", "Inshallah", "salam alaikum", "Alhamdulillah 🙏"}) {
            assertThat(SharedFormulae.only(text)).as(text).isTrue();
        }
    }

    @Test
    void aSentenceAroundABlessing_carriesItsLanguage() {
        for (String text : new String[] {"سلام، کجا می‌توانم فرانسوی یاد بگیرم؟", "inshallah sabā darshem", "الحمدلله کار پیدا کردم",
                "salam je cherche un logement", "", "🙏", "salamat"}) {
            assertThat(SharedFormulae.only(text)).as(text).isFalse();
        }
    }
}
