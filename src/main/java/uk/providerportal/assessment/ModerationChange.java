package uk.providerportal.assessment;

import org.jspecify.annotations.Nullable;

/** A moderator's changed outcome of one standard, with the reason for the change (kept internal). */
public record ModerationChange(long standardVersionId, Outcome outcome, @Nullable CustomerImpact impact,
                               @Nullable String note, String reason) {
}
