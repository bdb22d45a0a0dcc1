package uk.providerportal.assessment;

import java.time.Instant;
import java.time.YearMonth;

/** A released case in the provider's commentary list. */
public record ReleasedCase(long caseId, String reference, YearMonth round, String score, String result,
                           Instant releasedAt) {
}
