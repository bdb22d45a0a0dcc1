package uk.providerportal.base;

/**
 * A change a service refuses because it breaks a rule. It names the form field at fault, so the view can show
 * the plain-language message right beside it; nothing has been saved.
 */
public class ChangeRefused extends RuntimeException {

    private final String field;

    public ChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
