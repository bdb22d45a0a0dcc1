package uk.providerportal.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The assessment timetable of one month (seed 000/001).
 *
 * @param kpiPublication when the KPI is (or was) published: the override if an admin delayed it, else the last
 *                       working day of the month in the funder's nation
 * @param delayReason why publication was moved, or null when it is on the default date
 * @param appealWindowDays working days for appeals, counted from the actual publication date
 * @param configured false when nothing has been set for the month and these are the defaults
 */
public record MonthTimetable(YearMonth month, LocalDate submissionOpens, LocalDate submissionCloses,
                             LocalDate kpiPublication, @Nullable String delayReason, int appealWindowDays,
                             boolean configured) {

    public boolean delayed() {
        return delayReason != null;
    }
}
