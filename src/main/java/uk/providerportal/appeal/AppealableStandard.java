package uk.providerportal.appeal;

import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;

/**
 * One standard of a counted case that the case's standing outcome found not met, and whether it may be appealed,
 * with why in words.
 *
 * @param selfAssessment the provider's own outcome, null when it recorded none
 */
public record AppealableStandard(long standardVersionId, String code, String title, @Nullable CustomerImpact impact,
                                 @Nullable String assessorNote, @Nullable Outcome selfAssessment, boolean eligible,
                                 String why) {
}
