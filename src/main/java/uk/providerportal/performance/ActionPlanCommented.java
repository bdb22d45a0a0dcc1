package uk.providerportal.performance;

/** The performance manager commented on a contract's action plan; {@code entry} numbers it in the plan's history. */
public record ActionPlanCommented(long organisationId, int planNumber, int entry) {
}
