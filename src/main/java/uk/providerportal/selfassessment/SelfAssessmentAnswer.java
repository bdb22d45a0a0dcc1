package uk.providerportal.selfassessment;

import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;

/** The provider's answer to one standard of a case, by code; null leaves the standard as it is. */
public record SelfAssessmentAnswer(String standardCode, @Nullable Outcome outcome) {
}
