package org.rahnama.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fold_unifiesArabicAndPersianKeyboardVariants() {
        assertThat(TextNormalizer.fold("كيف")).isEqualTo(TextNormalizer.fold("کیف"));
        assertThat(TextNormalizer.fold("می‌خواهم")).isEqualTo("میخواهم");
        assertThat(TextNormalizer.fold("من نمی خواهم")).isEqualTo("من نمیخواهم");
        assertThat(TextNormalizer.fold("مَدْرَسَة")).isEqualTo("مدرسه");
    }

    @Test
    void fold_dropsPunctuationAccentsAndCase() {
        assertThat(TextNormalizer.fold("Je veux être  à l'école!!")).isEqualTo("je veux etre a lecole");
    }

    @Test
    void clean_keepsTheLettersThatTellLanguagesApart() {
        assertThat(TextNormalizer.clean("كيف")).isEqualTo("كيف");
        assertThat(TextNormalizer.clean("  a\u0000b\tc  ")).isEqualTo("a b c");
    }
}
