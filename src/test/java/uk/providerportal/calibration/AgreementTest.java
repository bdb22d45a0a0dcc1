package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.providerportal.assessment.Outcome.MET;
import static uk.providerportal.assessment.Outcome.NOT_APPLICABLE;
import static uk.providerportal.assessment.Outcome.NOT_MET;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.Outcome;

/** Agreement per standard (the share giving the most common answer) and overall (pooled), with its 75% line. */
class AgreementTest {

    static Agreement of(Outcome... answers) {
        return Agreement.of(Arrays.asList(answers));
    }

    @Test
    void threeOfFourNotMet_is75Percent_andNotBelowTheLine() {
        Agreement agreement = of(NOT_MET, NOT_MET, MET, NOT_MET);
        assertThat(agreement.describe()).isEqualTo("3 of 4 not met");
        assertThat(agreement.percent()).isEqualByComparingTo("75.0");
        assertThat(agreement.belowThreshold()).isFalse();
    }

    @Test
    void twoOfThree_is66Point7Percent_andBelowTheLine() {
        Agreement agreement = of(MET, MET, NOT_APPLICABLE);
        assertThat(agreement.describe()).isEqualTo("2 of 3 met");
        assertThat(agreement.percent()).isEqualByComparingTo("66.7");
        assertThat(agreement.belowThreshold()).isTrue();
    }

    @Test
    void aTie_namesBothAnswers() {
        Agreement agreement = of(MET, NOT_MET);
        assertThat(agreement.describe()).isEqualTo("1 of 2 met, 1 of 2 not met");
        assertThat(agreement.percent()).isEqualByComparingTo("50.0");
        assertThat(agreement.mostCommon()).containsExactly(MET, NOT_MET);
    }

    @Test
    void everyoneAgreeing_is100Percent() {
        assertThat(of(NOT_APPLICABLE, NOT_APPLICABLE).percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void unanswered_doNotCount_andNoAnswersHaveNoAgreement() {
        Agreement agreement = Agreement.of(Arrays.asList(MET, null, MET));
        assertThat(agreement.answered()).isEqualTo(2);
        assertThat(agreement.percent()).isEqualByComparingTo("100.0");
        Agreement none = Agreement.of(Arrays.asList((Outcome) null));
        assertThat(none.percent()).isNull();
        assertThat(none.describe()).isEqualTo("No answers");
        assertThat(none.belowThreshold()).isFalse();
    }

    @Test
    void overall_poolsEveryAnswer() {
        // 3 of 4 and 2 of 4 agreeing: 5 of 8 = 62.5%.
        BigDecimal overall = Agreement.overall(List.of(of(MET, MET, MET, NOT_MET), of(MET, MET, NOT_MET, NOT_MET)));
        assertThat(overall).isEqualByComparingTo("62.5");
        assertThat(Agreement.overall(List.of())).isNull();
    }
}
