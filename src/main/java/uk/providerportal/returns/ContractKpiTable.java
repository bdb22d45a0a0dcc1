package uk.providerportal.returns;

import java.time.YearMonth;
import java.util.List;

/** An organisation's contract KPIs as at the end of a month. */
public record ContractKpiTable(long organisationId, String organisationName, String programmeName, YearMonth month,
                               List<String> periods, List<ContractKpiRow> rows) {

    public ContractKpiTable {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }
}
