package uk.providerportal.performance;

/** The Provider Assurance Team's ratings, worst first (guidance 002, 11.51). */
public enum AssuranceRating {
    WEAK("Weak"),
    LIMITED("Limited"),
    REASONABLE("Reasonable"),
    STRONG("Strong");

    private final String label;

    AssuranceRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Weak or limited: the ratings that ask for an action plan and can lead to remedial action (11.52). */
    public boolean weakOrLimited() {
        return this == WEAK || this == LIMITED;
    }

    /** The same as or worse than the other rating. */
    public boolean sameOrWorseThan(AssuranceRating other) {
        return ordinal() <= other.ordinal();
    }
}
