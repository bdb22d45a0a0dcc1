package uk.providerportal.submission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The weekly sample rule (seed 001): a month's agreed volume arrives in weekly samples, e.g. 6 a week. The n-th case
 * filed in a month counts towards week ceil(n / weekly sample); if it arrives after that week has ended it is late,
 * and late cases go to the back of the queue instead of joining the next week's sample.
 */
final class AssessmentWeeks {

    private AssessmentWeeks() {
    }

    /** The month's assessment weeks: each calendar week (Monday start) holding at least one working day. */
    static List<AssessmentWeek> of(YearMonth month, Predicate<LocalDate> workingDay) {
        List<AssessmentWeek> weeks = new ArrayList<>();
        LocalDate weekStart = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!weekStart.isAfter(month.atEndOfMonth())) {
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate day = weekStart; day.isBefore(weekStart.plusWeeks(1)); day = day.plusDays(1)) {
                if (YearMonth.from(day).equals(month) && workingDay.test(day)) {
                    first = first == null ? day : first;
                    last = day;
                }
            }
            if (first != null) {
                weeks.add(new AssessmentWeek(weeks.size() + 1, first, last));
            }
            weekStart = weekStart.plusWeeks(1);
        }
        if (weeks.isEmpty()) {
            throw new IllegalStateException("No working days in " + month);
        }
        return weeks;
    }

    /**
     * Which week's sample the {@code position}-th case of the folder counts towards. Without an agreed weekly sample
     * a case simply belongs to the week it arrives in.
     */
    static AssessmentWeek weekFor(int position, int weeklySample, List<AssessmentWeek> weeks, LocalDate arrivedOn) {
        if (weeklySample > 0) {
            int index = Math.min((position + weeklySample - 1) / weeklySample, weeks.size());
            return weeks.get(index - 1);
        }
        for (AssessmentWeek week : weeks) {
            if (!arrivedOn.isAfter(week.endsOn())) {
                return week;
            }
        }
        return weeks.getLast();
    }

    /** How many cases week {@code number} is agreed to bring: the weekly sample, the last week taking the rest. */
    static int expectedIn(int number, int monthlyVolume, int weeklySample, int weekCount) {
        if (weeklySample <= 0) {
            return number == weekCount ? monthlyVolume : 0;
        }
        int before = weeklySample * (number - 1);
        int share = number == weekCount ? monthlyVolume - before : Math.min(weeklySample, monthlyVolume - before);
        return Math.max(0, share);
    }
}
