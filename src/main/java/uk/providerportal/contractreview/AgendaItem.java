package uk.providerportal.contractreview;

/** The standing agenda of a contract performance review, in meeting order. */
public enum AgendaItem {
    PERFORMANCE("Performance: in month, rolling and cumulative"),
    ACTION_PLAN("Action plan"),
    STORIES("Good news stories"),
    COMPLIANCE("Compliance and assurance findings"),
    CUSTOMER_INSIGHT("Customer insight");

    private final String label;

    AgendaItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
