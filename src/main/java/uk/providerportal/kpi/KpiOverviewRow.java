package uk.providerportal.kpi;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of the funder overview: an organisation's published KPI of the month, last month's in-month KPI, and the
 * in-month KPIs of the last 12 months (oldest first; null where none was published or no case was counted).
 */
public record KpiOverviewRow(PublishedKpi kpi, @Nullable BigDecimal previousKpi, List<@Nullable BigDecimal> last12) {

    /** Percentage points since last month, or null when either month has no KPI. */
    public @Nullable BigDecimal change() {
        BigDecimal now = kpi.inMonth().kpiPercent();
        return now == null || previousKpi == null ? null : now.subtract(previousKpi);
    }
}
