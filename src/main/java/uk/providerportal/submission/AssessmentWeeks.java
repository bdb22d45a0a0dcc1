package uk.providerportal.submission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * The weekly sample rule (seed 001): a month's agreed volume arrives in weekly samples, e.g. 6 a week, the last week
 * taking the rest. A case counts towards the first week of its folder whose share is not yet met under the weekly
 * sample agreed when the case is filed; if it arrives after that week has ended it is late, and late cases go to the
 * back of the queue instead of joining the next week's sample.
 * <p>
 * Attribution is decided at filing time and never rewritten: the provider is told the week when the case is filed,
 * and triage orders the queue by it. When the agreed weekly sample changes mid-month, the cases already filed keep
 * their weeks and the next cases fill whichever weeks are short under the new agreement, earliest first; so raising
 * the sample from 3 to 6 with weeks 1 and 2 holding 3 and 2 sends the next three cases to week 1 (issue 10, item 3).
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
     * Which week's sample the next case of the folder counts towards: the first week holding fewer cases than its
     * share under the agreement in force now (the last week when every share is met). Without an agreed weekly
     * sample a case simply belongs to the week it arrives in.
     *
     * @param alreadyIn how many cases (not withdrawn) already count towards week n
     */
    static AssessmentWeek weekFor(IntUnaryOperator alreadyIn, int monthlyVolume, int weeklySample,
                                  List<AssessmentWeek> weeks, LocalDate arrivedOn) {
        if (weeklySample > 0) {
            for (AssessmentWeek week : weeks) {
                int share = expectedIn(week.number(), monthlyVolume, weeklySample, weeks.size());
                if (alreadyIn.applyAsInt(week.number()) < share) {
                    return week;
                }
            }
            return weeks.getLast();
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
