package uk.providerportal.assessment;

/** A scorecard is a draft until its assessor submits it for moderation. */
public enum ScorecardStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted");

    private final String label;

    ScorecardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
