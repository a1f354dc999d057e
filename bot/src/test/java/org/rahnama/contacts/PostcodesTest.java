package org.rahnama.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void mainlandPostcode_givesItsDepartment() {
        assertThat(Postcodes.department("05100")).contains("05");
        assertThat(Postcodes.department("75011")).contains("75");
    }

    @Test
    void corsicanPostcodes_splitInto2Aand2B() {
        assertThat(Postcodes.department("20000")).contains("2A");
        assertThat(Postcodes.department("20137")).contains("2A");
        assertThat(Postcodes.department("20200")).contains("2B");
        assertThat(Postcodes.department("20600")).contains("2B");
    }

    @Test
    void overseasPostcodes_useThreeDigits() {
        assertThat(Postcodes.department("97300")).contains("973");
        assertThat(Postcodes.department("97600")).contains("976");
        assertThat(Postcodes.department("97150")).isEmpty();
        assertThat(Postcodes.department("98800")).isEmpty();
    }

    @Test
    void anythingElse_isNotAPostcode() {
        assertThat(Postcodes.department("7501")).isEmpty();
        assertThat(Postcodes.department("abcde")).isEmpty();
        assertThat(Postcodes.department(null)).isEmpty();
    }
}
