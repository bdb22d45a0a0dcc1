package uk.providerportal.calendar;

/** A calendar change that breaks a rule; names the field so the form can show the message beside it. */
public class CalendarChangeRefused extends RuntimeException {

    private final String field;

    public CalendarChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
