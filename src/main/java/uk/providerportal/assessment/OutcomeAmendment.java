package uk.providerportal.assessment;

import org.jspecify.annotations.Nullable;

/** A quality manager's amendment of one standard of a released outcome, with the reason (kept internal). */
public record OutcomeAmendment(long standardVersionId, Outcome outcome, @Nullable CustomerImpact impact,
                               @Nullable String note, String reason) {
}
