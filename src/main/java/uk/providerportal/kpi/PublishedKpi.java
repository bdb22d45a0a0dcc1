package uk.providerportal.kpi;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import uk.providerportal.policy.KpiPolicy;

/**
 * An organisation's KPI for a month as it stands: the latest published version, with when the month was first
 * published (the appeal window counts from then) and whether it has been revised since.
 */
public record PublishedKpi(long organisationId, String organisationCode, String organisationName,
                           String programmeName, YearMonth month, int version, Instant firstPublishedAt,
                           Instant publishedAt, String publishedBy, KpiPolicy policy, List<KpiFigure> figures) {

    public boolean revised() {
        return version > 1;
    }

    public KpiFigure figure(KpiPeriod period) {
        return figures.stream().filter(f -> f.period() == period).findFirst().orElseThrow();
    }

    public KpiFigure inMonth() {
        return figure(KpiPeriod.IN_MONTH);
    }
}
