package uk.providerportal.performance;

/** What happened to the action plan: a version saved by the provider, or a comment by the performance manager. */
public enum PlanEntryKind {
    SAVED("Plan saved"),
    COMMENTED("Reviewed with comments");

    private final String label;

    PlanEntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
