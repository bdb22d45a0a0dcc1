package uk.providerportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.Nation;
import uk.providerportal.signin.SignInAs;

@PortalTest
class AssessmentCalendarIT {

    @Autowired AssessmentCalendar calendar;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext context;
    SignInAs as;

    @BeforeEach
    void setUp() {
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void byDefault_kpiIsPublishedOnTheLastWorkingDayOfTheMonth() throws Exception {
        MonthTimetable august = as.call("priya.shah", () -> calendar.timetable(YearMonth.of(2026, 8)));
        assertThat(august.kpiPublication()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(august.delayed()).isFalse();
        assertThat(august.appealWindowDays()).isEqualTo(10);
    }

    @Test
    void februaryKpiPublishedOn6March_withAReason_keepsTheFullAppealWindowPerNation() throws Exception {
        YearMonth february = YearMonth.of(2023, 2);

        assertThatThrownBy(() -> as.call("alex.reid", () -> calendar.setTimetable(february,
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 6), " ", 10)))
                .isInstanceOf(CalendarChangeRefused.class).hasMessageContaining("Say why publication moves");
        as.call("alex.reid", () -> calendar.setTimetable(february, LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 6), "Delayed by decision", 10));

        MonthTimetable timetable = as.call("priya.shah", () -> calendar.timetable(february));
        assertThat(timetable.kpiPublication()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(timetable.delayReason()).isEqualTo("Delayed by decision");
        assertThat(as.call("priya.shah", () -> calendar.appealDeadline(february, Nation.ENGLAND_AND_WALES)))
                .isEqualTo(LocalDate.of(2023, 3, 20));
        // St Patrick's Day (Friday 17 March 2023) is not a working day in Northern Ireland.
        assertThat(as.call("priya.shah", () -> calendar.appealDeadline(february, Nation.NORTHERN_IRELAND)))
                .isEqualTo(LocalDate.of(2023, 3, 21));
    }

    @Test
    void theMonthJustEnded_isClosed() throws Exception {
        today("2046-04-02");

        ClosedMonth march = as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 3, 31)))
                .orElseThrow();

        assertThat(march.month()).isEqualTo(YearMonth.of(2046, 3));
        assertThat(march.kpiPublished()).isTrue();
        assertThat(march.closedOn()).isEqualTo(LocalDate.of(2046, 3, 30));
        assertThat(march.firstOpenDate()).isEqualTo(LocalDate.of(2046, 4, 1));
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 4, 1)))).isEmpty();
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2023, 3, 1)))).isPresent();
    }

    @Test
    void theCurrentMonth_beforeItsPublicationDate_isOpen_fromItsFirstDay() throws Exception {
        today("2046-03-29");

        assertThat(as.call("priya.shah", () -> calendar.closedMonth(LocalDate.of(2046, 3, 1)))).isEmpty();
        assertThat(as.call("priya.shah", () -> calendar.firstOpenDate())).isEqualTo(LocalDate.of(2046, 3, 1));
        assertThat(as.call("priya.shah", () -> calendar.closedMonth(LocalDate.of(2046, 2, 28)))).isPresent();
    }

    @Test
    void theCurrentMonth_onItsPublicationDate_isClosed_andSaysWhatToDo() throws Exception {
        today("2046-03-30");

        ClosedMonth march = as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 3, 5)))
                .orElseThrow();

        assertThat(march.refusal(LocalDate.of(2046, 3, 5))).isEqualTo("March 2046 is closed: its KPI was published "
                + "on 30 March 2046, so a change from 5 March 2046 would alter published figures. Choose 1 April "
                + "2046 or later, or restate the closed month with a reason.");
        assertThat(as.call("alex.reid", () -> calendar.firstOpenDate())).isEqualTo(LocalDate.of(2046, 4, 1));
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 4, 1)))).isEmpty();
    }

    @Test
    void aPublicationDateMovedEarlier_closesTheMonthFromThatDate() throws Exception {
        as.call("alex.reid", () -> calendar.setTimetable(YearMonth.of(2046, 5), LocalDate.of(2046, 5, 1),
                LocalDate.of(2046, 5, 31), LocalDate.of(2046, 5, 18), "Published early for the board", 10));

        today("2046-05-17");
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 5, 1)))).isEmpty();
        today("2046-05-18");
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 5, 1))))
                .hasValueSatisfying(may -> assertThat(may.closedOn()).isEqualTo(LocalDate.of(2046, 5, 18)));
        assertThat(as.call("alex.reid", () -> calendar.firstOpenDate())).isEqualTo(LocalDate.of(2046, 6, 1));
    }

    @Test
    void aPublicationDateMovedIntoNextMonth_keepsTheMonthOpenUntilItsRoundEnds() throws Exception {
        as.call("alex.reid", () -> calendar.setTimetable(YearMonth.of(2046, 6), LocalDate.of(2046, 6, 1),
                LocalDate.of(2046, 6, 30), LocalDate.of(2046, 7, 6), "Delayed by decision", 10));

        today("2046-06-29");
        assertThat(as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 6, 1))))
                .as("29 June is the usual publication day, but June's KPI was moved").isEmpty();
        today("2046-07-02");
        ClosedMonth june = as.call("alex.reid", () -> calendar.closedMonth(LocalDate.of(2046, 6, 1))).orElseThrow();
        assertThat(june.kpiPublished()).isFalse();
        assertThat(june.refusal(LocalDate.of(2046, 6, 1))).startsWith("June 2046 is closed: its assessment round "
                + "ended on 30 June 2046, so a change from 1 June 2046 would alter its figures.");
    }

    void today(String date) {
        clock.set(Instant.parse(date + "T10:00:00Z"));
    }
}
