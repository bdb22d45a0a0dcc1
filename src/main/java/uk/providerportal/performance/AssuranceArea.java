package uk.providerportal.performance;

/** The three key areas the Provider Assurance Team reviews (guidance 002, 11.49): a finding's reason. */
public enum AssuranceArea {
    GOVERNANCE("Governance arrangements"),
    SERVICE_DELIVERY("Service delivery"),
    CLAIMS_AND_PAYMENTS("Claim procedures and payments");

    private final String label;

    AssuranceArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
