package uk.providerportal.audit;

/** Whether the audited thing happened, was refused by an access rule, or failed (e.g. a sign-in). */
public enum AuditOutcome {
    DONE, DENIED, FAILED
}
