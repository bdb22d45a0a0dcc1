package uk.providerportal.standard;

/** A change to the catalogue that breaks a rule; names the field so the form can show the message beside it. */
public class StandardChangeRefused extends RuntimeException {

    private final String field;

    public StandardChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
