package uk.providerportal.standard;

import uk.providerportal.base.ChangeRefused;

/** A change to the standards catalogue that breaks a rule. */
public class StandardChangeRefused extends ChangeRefused {

    public StandardChangeRefused(String field, String message) {
        super(field, message);
    }
}
