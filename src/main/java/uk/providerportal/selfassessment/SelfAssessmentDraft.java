package uk.providerportal.selfassessment;

import java.util.List;

/**
 * What the provider saves from the case page: any number of answers (partial saves are fine).
 *
 * @param version the {@link SelfAssessmentForm#version()} the page was showing
 */
public record SelfAssessmentDraft(long version, List<SelfAssessmentAnswer> answers) {

    public SelfAssessmentDraft {
        answers = List.copyOf(answers);
    }
}
