package uk.providerportal.performance;

import java.time.LocalDate;

/** A contract was put at another intervention level; {@code decision} numbers the decision within the contract. */
public record InterventionLevelChanged(long organisationId, InterventionLevel from, InterventionLevel to,
                                       LocalDate decidedOn, int decision) {
}
