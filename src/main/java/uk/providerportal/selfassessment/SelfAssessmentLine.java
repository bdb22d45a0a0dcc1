package uk.providerportal.selfassessment;

import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.standard.Standard;

/** One standard of a case's self-assessment and the provider's answer so far (null when not answered). */
public record SelfAssessmentLine(long standardVersionId, Standard standard, @Nullable Outcome outcome) {

    public String code() {
        return standard.code();
    }
}
