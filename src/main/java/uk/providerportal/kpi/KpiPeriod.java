package uk.providerportal.kpi;

/**
 * The four periods the performance-management documents measure. Rolling and cumulative figures add up the case
 * counts of the months they cover; they never average percentages.
 */
public enum KpiPeriod {
    IN_MONTH("In month", 1),
    ROLLING_3("Rolling 3 months", 3),
    ROLLING_12("Rolling 12 months", 12),
    CUMULATIVE("Cumulative", Integer.MAX_VALUE);

    private final String label;
    private final int months;

    KpiPeriod(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** How many months, ending with the month itself, the period covers (cumulative: all since the start). */
    public int months() {
        return months;
    }
}
