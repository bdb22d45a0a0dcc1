package uk.providerportal.kpi;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A month's KPIs were published for the first time, for these organisations. */
public record KpiPublished(YearMonth month, Instant publishedAt, List<Long> organisationIds) {
}
