package uk.providerportal.returns;

/** The Cabinet Office's four performance tiers for a contract KPI, best first (domain document 003). */
public enum KpiTier {
    GOOD("Good"),
    NEAR_TARGET("Near target"),
    NEEDS_IMPROVEMENT("Needs improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    KpiTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
