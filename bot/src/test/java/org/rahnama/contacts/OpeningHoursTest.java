package org.rahnama.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** "Open today" is read from the directory's hours, day ranges included; free text is left as it is written. */
class OpeningHoursTest {

    private static final String ANCT_WEEK = "Mo 13:30-17:00; Tu 09:00-12:00,13:30-17:00; Fr 09:00-12:00";

    @Test
    void aDayWithHours_givesThatDaysRanges_andADayWithout_isClosed() {
        assertThat(OpeningHours.on(ANCT_WEEK, DayOfWeek.TUESDAY)).contains("09:00-12:00,13:30-17:00");
        assertThat(OpeningHours.on(ANCT_WEEK, DayOfWeek.WEDNESDAY)).isEmpty();
        assertThat(OpeningHours.on(ANCT_WEEK, DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void dayRanges_coverEveryDayBetween() {
        String week = "Mo-We 08:30-17:00; Th 08:30-19:30";
        assertThat(OpeningHours.compact(week)).isTrue();
        assertThat(OpeningHours.on(week, DayOfWeek.TUESDAY)).contains("08:30-17:00");
        assertThat(OpeningHours.on(week, DayOfWeek.THURSDAY)).contains("08:30-19:30");
        assertThat(OpeningHours.on(week, DayOfWeek.FRIDAY)).isEmpty();
    }

    @Test
    void freeText_isNotTheCompactForm() {
        assertThat(OpeningHours.compact("24h/24 7j/7")).isFalse();
    }
}
