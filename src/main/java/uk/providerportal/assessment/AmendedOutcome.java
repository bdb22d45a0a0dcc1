package uk.providerportal.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A standard of a released case whose outcome a quality manager amended: the amended outcome that now stands, the
 * reason (internal to the quality team), who and when.
 */
public record AmendedOutcome(long caseId, long standardVersionId, String code, Outcome outcome,
                             @Nullable CustomerImpact impact, @Nullable String note, String reason, String amendedBy,
                             Instant amendedAt) {
}
