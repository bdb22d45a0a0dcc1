package uk.providerportal.cases;

/**
 * Whether an assessor declared a conflict of interest with a delivery partner. Declared conflicts are kept by
 * triage, which implements this, so the case feature can refuse such an assessor the partner's cases without
 * depending on triage.
 */
public interface AssessorConflicts {

    boolean declared(long assessorId, long organisationId);
}
