package uk.providerportal.organisation;

/** An organisation or programme change that breaks a rule; names the field so the form can show it there. */
public class OrganisationChangeRefused extends RuntimeException {

    private final String field;

    public OrganisationChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
