package uk.providerportal.user;

/** A user change that breaks a rule; names the field so the form can show the message beside it. */
public class UserChangeRefused extends RuntimeException {

    private final String field;

    public UserChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
