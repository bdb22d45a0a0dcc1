package uk.providerportal.returns;

/** How a contract KPI is measured: a percentage of a count, or a figure the provider reports (summed). */
public enum KpiMeasure {
    PERCENTAGE("Percentage of a count"),
    REPORTED("Reported figure");

    private final String label;

    KpiMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
