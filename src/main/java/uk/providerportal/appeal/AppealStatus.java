package uk.providerportal.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    DRAFT("Draft, not lodged"),
    LODGED("Lodged, waiting for a reviewer"),
    ASSIGNED("With the independent reviewer"),
    DECIDED("Decided");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
