package org.rahnama.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is hidden in a question before it is kept for the editors, and what is left readable. */
class QuestionMaskTest {

    @Test
    void frenchAndInternationalPhoneNumbers_areHidden() {
        assertThat(QuestionMask.mask("appelez le 06 12 34 56 78 svp")).isEqualTo("appelez le [phone] svp");
        assertThat(QuestionMask.mask("mon tel 06.12.34.56.78")).isEqualTo("mon tel [phone]");
        assertThat(QuestionMask.mask("call +33 6 12 34 56 78 or 0033612345678")).isEqualTo("call [phone] or [phone]");
        assertThat(QuestionMask.mask("my brother +249 912 345 678 in Khartoum")).isEqualTo("my brother [phone] in Khartoum");
    }

    @Test
    void emailAddresses_areHidden() {
        assertThat(QuestionMask.mask("écrivez à karim.benali@example.org merci")).isEqualTo("écrivez à [e-mail] merci");
    }

    @Test
    void fileNumbers_inAnyScriptOfDigits_areHidden() {
        assertThat(QuestionMask.mask("mon numéro AGDREF 7512345678 est bloqué")).isEqualTo("mon numéro AGDREF [number] est bloqué");
        assertThat(QuestionMask.mask("شماره دوسیه من ۱۲۳۴۵۶۷۸ است")).isEqualTo("شماره دوسیه من [number] است");
        assertThat(QuestionMask.mask("رقم ملفي ١٢٣-٤٥٦-٧٨٩")).isEqualTo("رقم ملفي [number]");
    }

    @Test
    void postcodesYearsAndAmounts_stayReadable() {
        assertThat(QuestionMask.mask("j'habite à 75011 depuis 2024, je paie 450 euros"))
                .isEqualTo("j'habite à 75011 depuis 2024, je paie 450 euros");
    }
}
