package uk.providerportal.organisation;

import uk.providerportal.base.ChangeRefused;

/** An organisation or programme change that breaks a rule. */
public class OrganisationChangeRefused extends ChangeRefused {

    public OrganisationChangeRefused(String field, String message) {
        super(field, message);
    }
}
