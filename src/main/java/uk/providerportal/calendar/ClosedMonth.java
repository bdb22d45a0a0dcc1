package uk.providerportal.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.base.DateFormats;

/**
 * A month whose figures may no longer change silently: its assessment round has ended (rounds roll over at month
 * end) or its KPI is published. A rule change taking effect in it restates the month, with a reason.
 *
 * @param kpiPublished true when it closed because its KPI was published, false when its round ended first
 * @param closedOn the KPI publication date, or the month's last day when the round ended first
 * @param firstOpenDate the first date a change may take effect today without restating a closed month
 */
public record ClosedMonth(YearMonth month, boolean kpiPublished, LocalDate closedOn, LocalDate firstOpenDate) {

    /** Why a change from {@code date} is refused and what to do instead, in the words an admin reads. */
    public String refusal(LocalDate date) {
        return DateFormats.month(month.atDay(1)) + " is closed: "
                + (kpiPublished ? "its KPI was published on " : "its assessment round ended on ")
                + DateFormats.date(closedOn) + ", so a change from " + DateFormats.date(date) + " would alter "
                + (kpiPublished ? "published figures" : "its figures") + ". Choose " + DateFormats.date(firstOpenDate)
                + " or later, or restate the closed month with a reason.";
    }
}
