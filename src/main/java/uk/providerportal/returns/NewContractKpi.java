package uk.providerportal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract KPI as an admin defines it: for a percentage, the figures summed above the line and the one below it;
 * for a reported figure, the figures summed.
 */
public record NewContractKpi(String code, String description, KpiMeasure measure, KpiSource source,
                             List<String> numeratorKeys, @Nullable String denominatorKey, Frequency frequency,
                             BigDecimal target, TierBounds bounds, LocalDate effectiveFrom) {

    public NewContractKpi {
        numeratorKeys = List.copyOf(numeratorKeys);
    }
}
