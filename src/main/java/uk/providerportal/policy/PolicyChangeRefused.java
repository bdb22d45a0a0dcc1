package uk.providerportal.policy;

/** A policy change that breaks a rule; names the field so the form can show the message beside it. */
public class PolicyChangeRefused extends RuntimeException {

    private final String field;

    public PolicyChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
