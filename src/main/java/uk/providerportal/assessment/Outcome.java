package uk.providerportal.assessment;

/** What an assessor found for one standard (seed 001: met, not met, or not applicable). */
public enum Outcome {
    MET("Met"),
    NOT_MET("Not met"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
