package uk.providerportal.story;

/** What a participant's signed consent form allows their story to be used for. */
public enum ConsentUse {
    INTERNAL("Internal use"),
    PUBLICITY("Publicity"),
    MEDIA("Media"),
    MINISTERIAL("Ministerial use");

    private final String label;

    ConsentUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
