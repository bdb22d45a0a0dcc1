package uk.providerportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.Nation;
import uk.providerportal.signin.SignInAs;

@PortalTest
class AssessmentCalendarIT {

    @Autowired AssessmentCalendar calendar;
    @Autowired ApplicationContext context;

    @Test
    void byDefault_kpiIsPublishedOnTheLastWorkingDayOfTheMonth() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        MonthTimetable august = as.call("priya.shah", () -> calendar.timetable(YearMonth.of(2026, 8)));
        assertThat(august.kpiPublication()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(august.delayed()).isFalse();
        assertThat(august.appealWindowDays()).isEqualTo(10);
    }

    @Test
    void februaryKpiPublishedOn6March_withAReason_keepsTheFullAppealWindowPerNation() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
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
}
