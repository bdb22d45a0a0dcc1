package uk.providerportal.kpi;

import java.time.YearMonth;

/** An organisation's published KPI of a month was revised: version {@code version}, for this reason. */
public record KpiRevised(long organisationId, YearMonth month, int version, String reason, String changes) {
}
