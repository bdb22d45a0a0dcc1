package uk.providerportal.standard;

import java.time.YearMonth;

/**
 * A standard was reworded, added or retired from a date in a month already closed: assessments from
 * {@code firstAffectedMonth} on were scored against the old catalogue, so the KPI feature revises those months'
 * figures (and says so) when it hears this.
 */
public record StandardRestated(long programmeId, String code, YearMonth firstAffectedMonth, String reason) {
}
