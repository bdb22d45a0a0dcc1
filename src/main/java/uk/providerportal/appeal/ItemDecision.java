package uk.providerportal.appeal;

/** The independent reviewer's final decision on one appealed standard. */
public enum ItemDecision {
    UPHELD("Upheld"),
    NOT_UPHELD("Not upheld");

    private final String label;

    ItemDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
