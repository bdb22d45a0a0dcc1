package uk.providerportal.returns;

import java.util.List;

/** One contract KPI of an organisation with its figures over each period, month first. */
public record ContractKpiRow(NewContractKpi kpi, List<KpiPeriodFigure> figures) {

    public ContractKpiRow {
        figures = List.copyOf(figures);
    }

    /** "96.0%" or "1,200.0": the target as the measure reads. */
    public String targetText() {
        return kpi.measure() == KpiMeasure.PERCENTAGE ? kpi.target().toPlainString() + "%"
                : String.format(uk.providerportal.base.DateFormats.LOCALE, "%,.1f", kpi.target());
    }
}
