package uk.providerportal.assessment;

import java.time.YearMonth;

/** A case's outcome was released to its provider (not picked for moderation, or moderation completed). */
public record OutcomeReleased(long caseId, long organisationId, String reference, YearMonth round) {
}
