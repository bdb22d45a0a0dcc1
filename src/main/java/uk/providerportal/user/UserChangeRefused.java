package uk.providerportal.user;

import uk.providerportal.base.ChangeRefused;

/** A user change that breaks a rule. */
public class UserChangeRefused extends ChangeRefused {

    public UserChangeRefused(String field, String message) {
        super(field, message);
    }
}
