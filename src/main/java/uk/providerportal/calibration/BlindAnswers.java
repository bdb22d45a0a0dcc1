package uk.providerportal.calibration;

import java.util.List;
import uk.providerportal.assessment.ScorecardAnswer;

/** An assessor's answers to a blind calibration scorecard, with the version they opened. */
public record BlindAnswers(long version, List<ScorecardAnswer> answers) {

    public BlindAnswers {
        answers = List.copyOf(answers);
    }
}
