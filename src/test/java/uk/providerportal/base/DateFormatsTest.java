package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    @Test
    void datesReadAsEnGb() {
        assertThat(DateFormats.date(LocalDate.of(2023, 3, 6))).isEqualTo("6 March 2023");
        assertThat(DateFormats.month(LocalDate.of(2023, 2, 14))).isEqualTo("February 2023");
    }

    @Test
    void instantsAreShownInUkLocalTime_acrossBritishSummerTime() {
        assertThat(DateFormats.dateTime(Instant.parse("2023-01-10T09:30:00Z"))).isEqualTo("10 January 2023, 09:30");
        assertThat(DateFormats.dateTime(Instant.parse("2023-07-10T09:30:00Z"))).isEqualTo("10 July 2023, 10:30");
    }
}
