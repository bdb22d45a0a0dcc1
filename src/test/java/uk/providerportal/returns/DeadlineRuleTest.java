package uk.providerportal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Deadline rules of returns (domain document 002), with each nation's bank holidays as gov.uk lists them. */
class DeadlineRuleTest {

    /** England and Wales, 2026 to early 2027. */
    static final Set<LocalDate> ENGLAND_AND_WALES = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
    /** Scotland: 2 January, no Easter Monday, the summer holiday on the first Monday of August, St Andrew's Day. */
    static final Set<LocalDate> SCOTLAND = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 3),
            LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));

    static Predicate<LocalDate> workingDays(Set<LocalDate> bankHolidays) {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(date);
    }

    @Test
    void monthlyReturn_ofMarch_isDueOnThe15thWorkingDayOfApril_aDayLaterInEnglandForEasterMonday() {
        var rule = ReturnType.MANAGEMENT_INFORMATION.deadline();
        assertThat(rule.dueOn(YearMonth.of(2026, 3), workingDays(ENGLAND_AND_WALES))).isEqualTo(LocalDate.of(2026, 4, 23));
        assertThat(rule.dueOn(YearMonth.of(2026, 3), workingDays(SCOTLAND))).isEqualTo(LocalDate.of(2026, 4, 22));
    }

    @Test
    void monthlyReturn_ofJuly_isDueLaterInScotland_whoseSummerBankHolidayFallsInAugust() {
        var rule = new DeadlineRule.NthWorkingDay(15);
        assertThat(rule.dueOn(YearMonth.of(2026, 7), workingDays(ENGLAND_AND_WALES))).isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(rule.dueOn(YearMonth.of(2026, 7), workingDays(SCOTLAND))).isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void fixedDay_fallingOnASaturday_movesToTheMonday() {
        var rule = new DeadlineRule.FixedDay(15);
        assertThat(LocalDate.of(2026, 8, 15).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(rule.dueOn(YearMonth.of(2026, 7), workingDays(ENGLAND_AND_WALES))).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(rule.dueOn(YearMonth.of(2026, 7), workingDays(SCOTLAND))).isEqualTo(LocalDate.of(2026, 8, 17));
    }

    @Test
    void fixedDay_onAWeekendFollowedByScotlandsSubstituteHoliday_movesOneDayFurtherInScotland() {
        var rule = new DeadlineRule.FixedDay(2);
        assertThat(rule.dueOn(YearMonth.of(2026, 12), workingDays(ENGLAND_AND_WALES))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(rule.dueOn(YearMonth.of(2026, 12), workingDays(SCOTLAND))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void fixedDay_onAWorkingDay_staysPut() {
        assertThat(new DeadlineRule.FixedDay(15).dueOn(YearMonth.of(2026, 6), workingDays(SCOTLAND)))
                .isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void socialValueReturn_ofTheQuarterAprilToJune_isDueOn15July() {
        var type = ReturnType.SOCIAL_VALUE;
        assertThat(type.lastMonth(YearMonth.of(2026, 4))).isEqualTo(YearMonth.of(2026, 6));
        assertThat(type.deadline().dueOn(type.lastMonth(YearMonth.of(2026, 4)), workingDays(ENGLAND_AND_WALES)))
                .isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(type.startsPeriod(YearMonth.of(2026, 4))).isTrue();
        assertThat(type.startsPeriod(YearMonth.of(2026, 5))).isFalse();
    }

    @Test
    void rules_readAsTheDomainDocumentSaysThem() {
        assertThat(new DeadlineRule.NthWorkingDay(15).describe()).isEqualTo("15th working day of the next month");
        assertThat(new DeadlineRule.NthWorkingDay(2).describe()).isEqualTo("2nd working day of the next month");
        assertThat(new DeadlineRule.FixedDay(15).describe())
                .isEqualTo("15th of the next month, or the next working day when it is not one");
        assertThatThrownBy(() -> new DeadlineRule.FixedDay(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
