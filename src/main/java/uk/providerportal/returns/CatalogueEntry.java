package uk.providerportal.returns;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One version of a contract KPI in its programme's catalogue, and the last day it is in force (none: still in force). */
public record CatalogueEntry(long id, long programmeId, NewContractKpi kpi, @Nullable LocalDate inForceUntil) {

    /** "From 1 April 2026", or "1 April 2026 to 30 June 2026". */
    public String inForceText() {
        return inForceUntil == null ? "From " + uk.providerportal.base.DateFormats.date(kpi.effectiveFrom())
                : uk.providerportal.base.DateFormats.date(kpi.effectiveFrom()) + " to "
                + uk.providerportal.base.DateFormats.date(inForceUntil);
    }
}
