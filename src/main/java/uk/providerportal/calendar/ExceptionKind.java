package uk.providerportal.calendar;

/** How an admin changes a nation's calendar on one date. */
public enum ExceptionKind {
    /** Not a working day although the holiday library says it is, e.g. a newly announced one-off bank holiday. */
    NON_WORKING("Extra non-working day"),
    /** A working day although it is a bank holiday. */
    WORKING("Worked bank holiday");

    private final String label;

    ExceptionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
