package uk.providerportal.calibration;

/** How a calibration session is held: online through a meeting link, or in person at a place. */
public enum CalibrationRequestMeeting {
    ONLINE("Online", "Meeting link"),
    IN_PERSON("In person", "Place");

    private final String label;
    private final String whereLabel;

    CalibrationRequestMeeting(String label, String whereLabel) {
        this.label = label;
        this.whereLabel = whereLabel;
    }

    public String label() {
        return label;
    }

    /** What the "where" of a session of this kind is called, e.g. "Meeting link". */
    public String whereLabel() {
        return whereLabel;
    }
}
