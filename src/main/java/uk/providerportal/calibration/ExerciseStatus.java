package uk.providerportal.calibration;

/**
 * Where a calibration exercise is: the invited assessors score blind; then everyone in it sees the results and
 * discusses; then a quality manager records the discussion and closes it.
 */
public enum ExerciseStatus {
    SCORING("Scoring"),
    DISCUSSION("Results open"),
    CLOSED("Closed");

    private final String label;

    ExerciseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
