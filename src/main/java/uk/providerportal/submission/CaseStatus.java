package uk.providerportal.submission;

/** Where a case sample is in the cycle, as a provider sees it in their month folder. */
public enum CaseStatus {
    /** In its month folder, not yet given to an assessor. */
    RECEIVED("Received"),
    /** Assigned to an assessor, waiting to be assessed. */
    QUEUED("Queued"),
    IN_ASSESSMENT("In assessment"),
    ASSESSED("Assessed"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet assessed: still in an assessment round, and rolled over when the round closes. */
    public boolean open() {
        return this == RECEIVED || this == QUEUED || this == IN_ASSESSMENT;
    }

    /** The provider may take the case back until an assessor starts on it. */
    public boolean withdrawable() {
        return this == RECEIVED || this == QUEUED;
    }
}
