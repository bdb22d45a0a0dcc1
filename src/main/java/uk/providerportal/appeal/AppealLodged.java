package uk.providerportal.appeal;

import java.time.YearMonth;

/** A provider lodged an appeal against a month's KPI. */
public record AppealLodged(long appealId, long organisationId, YearMonth month, int standards) {
}
