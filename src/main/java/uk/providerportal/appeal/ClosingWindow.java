package uk.providerportal.appeal;

import java.time.LocalDate;
import java.time.YearMonth;

/** An organisation below its KPI target whose appeal window for a month closes soon, with nothing lodged yet. */
public record ClosingWindow(long organisationId, String organisationName, YearMonth month, LocalDate closesOn,
                            int workingDaysLeft) {
}
