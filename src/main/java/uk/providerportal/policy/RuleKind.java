package uk.providerportal.policy;

/** The effective-dated rules a programme has; each is changed, restated and audited on its own. */
public enum RuleKind {
    KPI_POLICY("KPI policy"), APPEAL_POLICY("appeal policy"), SUBMISSION_RULES("submission rules");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The audit action: e.g. KPI_POLICY_CHANGED, or KPI_POLICY_RESTATED for a closed month. */
    String auditAction(boolean restated) {
        return name() + (restated ? "_RESTATED" : "_CHANGED");
    }
}
