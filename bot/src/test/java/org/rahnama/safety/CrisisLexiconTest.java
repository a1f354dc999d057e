package org.rahnama.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CrisisLexiconTest {

    private final CrisisLexicon lexicon = CrisisLexicon.parse(Map.of("en.tsv", """
            # comment
            suicide\tdon't want to live
            suicide\twant * die
            suicide\tsuicidal
            ignore\tnot suicidal
            ignore\twant to die my hair
            violence\thusband hits me
            shelter\tsleep in the street
            suicide\tمی خواهم بمیرم
            """));

    @Test
    void crisisPhrase_isFoundWhateverThePunctuationAndCase() {
        assertThat(lexicon.match("I DON'T want to live anymore...")).containsExactly(CrisisKind.SUICIDE);
    }

    @Test
    void wildcard_allowsAFewWordsInBetween() {
        assertThat(lexicon.match("i just want to die")).containsExactly(CrisisKind.SUICIDE);
        assertThat(lexicon.match("i want my papers, my friends will die laughing at the queue")).isEmpty();
    }

    @Test
    void negatedPhrase_doesNotTrigger() {
        assertThat(lexicon.match("I am not suicidal, I need a doctor")).isEmpty();
        assertThat(lexicon.match("I want to die my hair red")).isEmpty();
    }

    @Test
    void severalKinds_areAllReportedMostUrgentFirst() {
        assertThat(lexicon.match("my husband hits me and I will sleep in the street, I am suicidal"))
                .containsExactly(CrisisKind.SUICIDE, CrisisKind.VIOLENCE, CrisisKind.SHELTER);
    }

    @Test
    void arabicScriptPhrase_matchesWithOrWithoutZwnjAndWithArabicYeh() {
        assertThat(lexicon.match("من می‌خواهم بمیرم")).containsExactly(CrisisKind.SUICIDE);
        assertThat(lexicon.match("من میخواهم بمیرم")).containsExactly(CrisisKind.SUICIDE);
        assertThat(lexicon.match("من می خواهم بمیرم")).containsExactly(CrisisKind.SUICIDE);
        assertThat(lexicon.match("من مي خواهم بميرم")).containsExactly(CrisisKind.SUICIDE);
    }

    @Test
    void partOfAWord_isNotAMatch() {
        assertThat(lexicon.match("nonsuicidalness")).isEmpty();
    }

    @Test
    void brokenLine_isReportedWithFileAndLine() {
        assertThatThrownBy(() -> CrisisLexicon.parse(Map.of("ps.tsv", "suicide\tok\nno tab here\n")))
                .hasMessageContaining("ps.tsv:2");
        assertThatThrownBy(() -> CrisisLexicon.parse(Map.of("ps.tsv", "sadness\tphrase\n")))
                .hasMessageContaining("ps.tsv:1").hasMessageContaining("unknown category");
    }
}
