package uk.providerportal.assessment;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A case waiting for moderation, as the quality team's queue lists it. */
public record ModerationItem(long caseId, String reference, String organisationName, YearMonth round,
                             String assessorName, @Nullable Instant submittedAt, String score) {
}
