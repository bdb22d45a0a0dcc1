package uk.providerportal.assessment;

/** What an unmet standard meant for the customer (seed 001: unmet standards can carry customer impact). */
public enum CustomerImpact {
    NONE("No detriment"),
    POTENTIAL_DETRIMENT("Potential detriment"),
    ACTUAL_DETRIMENT("Actual detriment");

    private final String label;

    CustomerImpact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
