package uk.providerportal.performance;

/** Where one action of the provider action plan stands. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OVERDUE("Overdue"),
    COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
