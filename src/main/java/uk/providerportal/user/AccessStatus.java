package uk.providerportal.user;

/** Whether a person may use the portal: waiting for an admin, allowed, or turned down. */
public enum AccessStatus {
    PENDING("Waiting for approval"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    AccessStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
