package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outlier rule on its own: a gap of 15 points or more, with at least 10 answers on each side. */
class OutlierRuleTest {

    static OutlierRule.Counts notMet(int notMet, int total) {
        return new OutlierRule.Counts(notMet, 0, total);
    }

    @Test
    void exactlyFifteenPointsHigher_withTenAnswersEachSide_isAnOutlier() {
        // 4 of 10 (40%) against 25 of 100 (25%): 15.0 points.
        assertThat(OutlierRule.explain(notMet(4, 10), notMet(25, 100)))
                .isEqualTo("Outlier: not met 40.0% of their 10 answers against 25.0% of the rest of the team's 100 "
                        + "(15.0 points higher).");
    }

    @Test
    void justUnderFifteenPoints_isNot() {
        // 4 of 10 (40%) against 251 of 1000 (25.1%): 14.9 points.
        assertThat(OutlierRule.explain(notMet(4, 10), notMet(251, 1000))).isNull();
    }

    @Test
    void fifteenPointsLower_isAnOutlierToo() {
        assertThat(OutlierRule.explain(notMet(1, 10), notMet(25, 100))).contains("not met 10.0%")
                .contains("(15.0 points lower)");
    }

    @Test
    void nineAnswers_areTooFewToJudge_howeverLargeTheGap() {
        assertThat(OutlierRule.explain(notMet(9, 9), notMet(0, 100))).isNull();
        assertThat(OutlierRule.explain(notMet(10, 10), notMet(0, 9))).as("the rest of the team too").isNull();
        assertThat(OutlierRule.explain(notMet(10, 10), notMet(0, 10))).isNotNull();
    }

    @Test
    void aGapInNotApplicable_isNamedOnItsOwn_andBothWhenBothDiffer() {
        assertThat(OutlierRule.explain(new OutlierRule.Counts(0, 5, 10), new OutlierRule.Counts(0, 0, 20)))
                .isEqualTo("Outlier: not applicable 50.0% of their 10 answers against 0.0% of the rest of the "
                        + "team's 20 (50.0 points higher).");
        assertThat(OutlierRule.explain(new OutlierRule.Counts(5, 5, 10), new OutlierRule.Counts(0, 0, 20)))
                .contains("not met 50.0%").contains("; Outlier: not applicable 50.0%");
    }

    @Test
    void theSameShares_areNoOutlier() {
        assertThat(OutlierRule.explain(notMet(3, 12), notMet(30, 120))).isNull();
    }
}
