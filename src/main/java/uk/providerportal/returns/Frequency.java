package uk.providerportal.returns;

/** How often a return is sent or a KPI measured; quarters are calendar quarters, named by their first month. */
public enum Frequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
