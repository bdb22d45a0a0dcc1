package uk.providerportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.providerportal.organisation.Nation.ENGLAND_AND_WALES;
import static uk.providerportal.organisation.Nation.NORTHERN_IRELAND;
import static uk.providerportal.organisation.Nation.SCOTLAND;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.Nation;
import uk.providerportal.signin.SignInAs;

/** Calendar facts checked against the bank holidays published on GOV.UK for 2023 to 2026, per nation. */
@PortalTest
class WorkingDayCalendarIT {

    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationContext context;
    @Autowired EntityManagerFactory entityManagerFactory;

    private List<LocalDate> holidays(Nation nation, int year) {
        return calendar.nonWorkingDays(nation, year).stream()
                .filter(day -> day.source() == NonWorkingDay.Source.BANK_HOLIDAY).map(NonWorkingDay::date).toList();
    }

    private static List<LocalDate> dates(int year, String... monthDays) {
        return java.util.Arrays.stream(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList();
    }

    @Test
    void englandAndWales_2023to2026() {
        assertThat(holidays(ENGLAND_AND_WALES, 2023)).containsExactlyElementsOf(dates(2023,
                "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"));
        assertThat(holidays(ENGLAND_AND_WALES, 2024)).containsExactlyElementsOf(dates(2024,
                "01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"));
        assertThat(holidays(ENGLAND_AND_WALES, 2025)).containsExactlyElementsOf(dates(2025,
                "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"));
        assertThat(holidays(ENGLAND_AND_WALES, 2026)).containsExactlyElementsOf(dates(2026,
                "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"));
    }

    @Test
    void scotland_2023to2026_withSecondJanuaryAndStAndrewsDaySubstitutes() {
        assertThat(holidays(SCOTLAND, 2023)).containsExactlyElementsOf(dates(2023,
                "01-02", "01-03", "04-07", "05-01", "05-08", "05-29", "08-07", "11-30", "12-25", "12-26"));
        assertThat(holidays(SCOTLAND, 2024)).containsExactlyElementsOf(dates(2024,
                "01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"));
        assertThat(holidays(SCOTLAND, 2025)).containsExactlyElementsOf(dates(2025,
                "01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26"));
        assertThat(holidays(SCOTLAND, 2026)).containsExactlyElementsOf(dates(2026,
                "01-01", "01-02", "04-03", "05-04", "05-25", "08-03", "11-30", "12-25", "12-28"));
    }

    @Test
    void northernIreland_2023to2026_withStPatricksAndBoyneSubstitutes() {
        assertThat(holidays(NORTHERN_IRELAND, 2023)).containsExactlyElementsOf(dates(2023,
                "01-02", "03-17", "04-07", "04-10", "05-01", "05-08", "05-29", "07-12", "08-28", "12-25", "12-26"));
        assertThat(holidays(NORTHERN_IRELAND, 2024)).containsExactlyElementsOf(dates(2024,
                "01-01", "03-18", "03-29", "04-01", "05-06", "05-27", "07-12", "08-26", "12-25", "12-26"));
        assertThat(holidays(NORTHERN_IRELAND, 2025)).containsExactlyElementsOf(dates(2025,
                "01-01", "03-17", "04-18", "04-21", "05-05", "05-26", "07-14", "08-25", "12-25", "12-26"));
        assertThat(holidays(NORTHERN_IRELAND, 2026)).containsExactlyElementsOf(dates(2026,
                "01-01", "03-17", "04-03", "04-06", "05-04", "05-25", "07-13", "08-31", "12-25", "12-28"));
    }

    @Test
    void kpiPublication_lastWorkingDayOfTheMonth_atMonthAndYearEnds() {
        assertThat(calendar.lastWorkingDayOfMonth(ENGLAND_AND_WALES, YearMonth.of(2023, 2)))
                .isEqualTo(LocalDate.of(2023, 2, 28));
        // 31 Aug 2026 is the summer bank holiday in England but not in Scotland.
        assertThat(calendar.lastWorkingDayOfMonth(ENGLAND_AND_WALES, YearMonth.of(2026, 8)))
                .isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(calendar.lastWorkingDayOfMonth(SCOTLAND, YearMonth.of(2026, 8)))
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(calendar.lastWorkingDayOfMonth(ENGLAND_AND_WALES, YearMonth.of(2026, 12)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void nthWorkingDay_andAddingWorkingDays_acrossBankHolidaysAndTheYearEnd() {
        // Monthly returns due on the 15th working day: January 2024 starts with New Year's Day (and 2 Jan in Scotland).
        assertThat(calendar.nthWorkingDayOfMonth(ENGLAND_AND_WALES, YearMonth.of(2024, 1), 15))
                .isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(calendar.nthWorkingDayOfMonth(SCOTLAND, YearMonth.of(2024, 1), 15))
                .isEqualTo(LocalDate.of(2024, 1, 23));
        assertThat(calendar.addWorkingDays(ENGLAND_AND_WALES, LocalDate.of(2025, 12, 23), 3))
                .isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(calendar.addWorkingDays(SCOTLAND, LocalDate.of(2025, 12, 31), 1))
                .isEqualTo(LocalDate.of(2026, 1, 5));
        // February's KPI published on 6 March 2023: a 10-working-day appeal window runs to 20 March.
        assertThat(calendar.addWorkingDays(ENGLAND_AND_WALES, LocalDate.of(2023, 3, 6), 10))
                .isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(calendar.firstWorkingDayOnOrAfter(NORTHERN_IRELAND, LocalDate.of(2025, 7, 12)))
                .isEqualTo(LocalDate.of(2025, 7, 15));
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(ENGLAND_AND_WALES, YearMonth.of(2024, 2), 22))
                .hasMessageContaining("only 21 working days");
    }

    @Test
    void oneOffBankHoliday_addedByAnAdmin_changesDeadlines_andCanBeRemoved() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        LocalDate oneOff = LocalDate.of(2027, 6, 7);
        assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, oneOff)).isTrue();

        NonWorkingDay added = as.call("alex.reid", () -> calendar.addException(NORTHERN_IRELAND, oneOff,
                ExceptionKind.NON_WORKING, "One-off bank holiday"));

        assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, oneOff)).isFalse();
        assertThat(calendar.isWorkingDay(ENGLAND_AND_WALES, oneOff)).isTrue();
        assertThat(calendar.addWorkingDays(NORTHERN_IRELAND, LocalDate.of(2027, 6, 4), 1))
                .isEqualTo(LocalDate.of(2027, 6, 8));
        assertThatThrownBy(() -> as.call("alex.reid", () -> calendar.addException(NORTHERN_IRELAND, oneOff,
                ExceptionKind.NON_WORKING, "Again")))
                .isInstanceOf(CalendarChangeRefused.class).hasMessageContaining("already has an exception");

        as.call("alex.reid", () -> {
            calendar.removeException(added.exceptionId());
            return null;
        });
        assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, oneOff)).isTrue();
    }

    @Test
    void workedBankHoliday_becomesAWorkingDay_onlyWhereItIsABankHoliday() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        LocalDate stAndrews = LocalDate.of(2026, 11, 30);
        assertThatThrownBy(() -> as.call("alex.reid", () -> calendar.addException(ENGLAND_AND_WALES, stAndrews,
                ExceptionKind.WORKING, "Worked")))
                .isInstanceOf(CalendarChangeRefused.class).hasMessageContaining("is not a bank holiday in England");

        NonWorkingDay worked = as.call("alex.reid", () -> calendar.addException(SCOTLAND, stAndrews,
                ExceptionKind.WORKING, "Funder open on St Andrew's Day"));
        assertThat(calendar.isWorkingDay(SCOTLAND, stAndrews)).isTrue();
        as.call("alex.reid", () -> {
            calendar.removeException(worked.exceptionId());
            return null;
        });
    }

    /** Issue 10 item 14: a nation's year of exceptions is read once, and read again once an admin changes it. */
    @Test
    void exceptionsAreReadOncePerNationAndYear_andReadAgainWhenAnAdminAddsOne() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        LocalDate day = LocalDate.of(2031, 3, 12);
        assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, day)).isTrue();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            for (LocalDate date = LocalDate.of(2031, 1, 1); date.getYear() == 2031; date = date.plusDays(1)) {
                calendar.isWorkingDay(NORTHERN_IRELAND, date);
            }
            calendar.addWorkingDays(NORTHERN_IRELAND, LocalDate.of(2031, 1, 1), 200);
            assertThat(statistics.getPrepareStatementCount()).as("queries for 2031's days, already read").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        var added = as.call("alex.reid", () -> calendar.addException(NORTHERN_IRELAND, day, ExceptionKind.NON_WORKING,
                "Cache check"));
        try {
            assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, day)).as("the new exception is seen at once").isFalse();
            assertThat(calendar.addWorkingDays(NORTHERN_IRELAND, day.minusDays(1), 1)).isEqualTo(day.plusDays(1));
        } finally {
            as.call("alex.reid", () -> {
                calendar.removeException(added.exceptionId());
                return null;
            });
        }
        assertThat(calendar.isWorkingDay(NORTHERN_IRELAND, day)).as("and its removal too").isTrue();
    }

    @Test
    void onlyAdminsChangeTheCalendar() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        assertThatThrownBy(() -> as.call("helen.carter", () -> calendar.addException(SCOTLAND,
                LocalDate.of(2027, 1, 4), ExceptionKind.NON_WORKING, "Snow")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
