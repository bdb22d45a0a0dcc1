package uk.providerportal.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.base.DateFormats;

/** A locked assessment month as people see it: since when, by whom and the quality manager's note. */
public record MonthLock(YearMonth month, String note, String lockedBy, Instant lockedAt) {

    /** E.g. "March 2026's outcomes are locked since 2 April 2026 by Helen Carter". */
    public String lockedSince() {
        return DateFormats.month(month) + "'s outcomes are locked since "
                + DateFormats.date(LocalDate.ofInstant(lockedAt, DateFormats.ZONE)) + " by " + lockedBy;
    }

    /** The banner on the quality team's pages. */
    public String banner() {
        return lockedSince() + "; changes need a quality manager and a reason.";
    }
}
