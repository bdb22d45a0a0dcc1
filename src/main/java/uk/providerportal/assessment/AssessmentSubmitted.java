package uk.providerportal.assessment;

import java.time.YearMonth;

/**
 * An assessor submitted a case's scorecard; the case now waits for moderation. Moderation (issue 11, part B)
 * listens for this to pick the cases it samples.
 */
public record AssessmentSubmitted(long caseId, long organisationId, YearMonth round, long assessorId) {
}
