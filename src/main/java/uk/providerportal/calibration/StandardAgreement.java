package uk.providerportal.calibration;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;

/**
 * The agreement on one standard of a calibration exercise, once its results are open, with every assessor's answer.
 *
 * @param mostCommon e.g. "3 of 4 not met"
 * @param percent the share of answers matching the most common one; null when nobody answered
 * @param belowThreshold under {@value Agreement#THRESHOLD_PERCENT}%: one to discuss
 */
public record StandardAgreement(String code, String title, String category, int met, int notMet, int notApplicable,
                                String mostCommon, @Nullable BigDecimal percent, boolean belowThreshold,
                                List<AnswerGiven> answers) {

    public static final int THRESHOLD_PERCENT = Agreement.THRESHOLD_PERCENT;

    public StandardAgreement {
        answers = List.copyOf(answers);
    }

    /** "75.0%", or "–" when nobody answered. */
    public String percentText() {
        return percent == null ? "–" : percent.toPlainString() + "%";
    }

    /** One assessor's answer to the standard. */
    public record AnswerGiven(String assessorName, @Nullable Outcome outcome, @Nullable CustomerImpact impact,
                              @Nullable String note) {
    }
}
