package uk.providerportal.performance;

/**
 * The four levels of the Performance Management and Intervention Regime (guidance 002, 11.03 to 11.13; 003, 6.15).
 * Levels need not be applied in sequence (11.08): a contract may go from level 1 straight to level 3.
 */
public enum InterventionLevel {

    STANDARD(1, "Standard action", "Performance manager led",
            "Regular contract performance reviews; the provider action plan is reviewed at each one; monthly "
            + "management information five working days before the review."),
    ENHANCED(2, "Enhanced action", "Performance manager and senior performance manager led",
            "The provider action plan enhanced to capture every agreed action for performance improvement, with a "
            + "flight path: incremental performance and pipeline data that may lead to outcomes, and review dates."),
    INFORMAL(3, "Informal action", "Account manager led",
            "A meeting with senior managers to discuss performance and a management letter asking for improvement; "
            + "the provider is told formal action may follow. The enhanced plan and flight path stay in place."),
    FORMAL(4, "Formal action", "Account manager led",
            "Formal action under the contract: a notice to address the failure to respond to earlier intervention, "
            + "which may lead to termination. The enhanced plan and flight path stay in place.");

    private final int number;
    private final String label;
    private final String ledBy;
    private final String requires;

    InterventionLevel(int number, String label, String ledBy, String requires) {
        this.number = number;
        this.label = label;
        this.ledBy = ledBy;
        this.requires = requires;
    }

    public int number() {
        return number;
    }

    /** "Level 2: enhanced action". */
    public String title() {
        return "Level " + number + ": " + label.toLowerCase(java.util.Locale.UK);
    }

    public String label() {
        return label;
    }

    public String ledBy() {
        return ledBy;
    }

    /** What the level asks of the provider, in words. */
    public String requires() {
        return requires;
    }

    /** From level 2 the action plan must be enhanced with a flight path (11.10). */
    public boolean requiresFlightPath() {
        return number >= 2;
    }

    /** Levels 3 and 4 come with a letter (a management letter, a formal notice). */
    public boolean expectsLetter() {
        return number >= 3;
    }
}
