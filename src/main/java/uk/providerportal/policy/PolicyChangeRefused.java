package uk.providerportal.policy;

import uk.providerportal.base.ChangeRefused;

/** A policy change that breaks a rule. */
public class PolicyChangeRefused extends ChangeRefused {

    public PolicyChangeRefused(String field, String message) {
        super(field, message);
    }
}
