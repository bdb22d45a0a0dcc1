package uk.providerportal.calendar;

import uk.providerportal.base.ChangeRefused;

/** A calendar change that breaks a rule. */
public class CalendarChangeRefused extends ChangeRefused {

    public CalendarChangeRefused(String field, String message) {
        super(field, message);
    }
}
