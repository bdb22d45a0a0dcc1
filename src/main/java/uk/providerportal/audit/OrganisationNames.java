package uk.providerportal.audit;

import java.util.Map;

/**
 * Names of organisations for the audit trail's filters and columns. The organisation feature implements it, so
 * the audit feature never depends on the features whose changes it records.
 */
public interface OrganisationNames {

    /** Every organisation id with its name, ordered by name. */
    Map<Long, String> all();
}
