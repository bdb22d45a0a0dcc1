package uk.providerportal.assessment;

import org.jspecify.annotations.Nullable;

/** What the assessor recorded for one standard, by the version id the scorecard lists it under. */
public record ScorecardAnswer(long standardVersionId, @Nullable Outcome outcome, @Nullable CustomerImpact impact,
                              @Nullable String note) {
}
