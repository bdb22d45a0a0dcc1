package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case score (issue 11): met over met and not met, not-applicable left out, one decimal, against the pass mark. */
class CaseScoreTest {

    static final BigDecimal PASS_MARK = new BigDecimal("85");

    @Test
    void seventeenOfTwentyMet_is85point0_andPassesAtAPassMarkOf85() {
        CaseScore score = CaseScore.of(outcomes(17, 3, 4));
        assertThat(score.percent()).isEqualByComparingTo("85.0");
        assertThat(score.percentText()).isEqualTo("85.0%");
        assertThat(score.result(PASS_MARK)).isEqualTo(CaseScore.Result.PASS);
        assertThat(score.describe(PASS_MARK)).isEqualTo("17 of 20 standards met: 85.0%, a pass (pass mark 85%)");
    }

    @Test
    void thirtyThreeOfThirtyNineMet_is84point6_andFails() {
        CaseScore score = CaseScore.of(outcomes(33, 6, 0));
        assertThat(score.percentText()).isEqualTo("84.6%");
        assertThat(score.result(PASS_MARK)).isEqualTo(CaseScore.Result.FAIL);
        assertThat(score.describe(PASS_MARK)).endsWith("84.6%, a fail (pass mark 85%)");
    }

    @Test
    void everyStandardNotApplicable_hasNoScore_andNeitherPassesNorFails() {
        CaseScore score = CaseScore.of(outcomes(0, 0, 9));
        assertThat(score.scored()).isFalse();
        assertThat(score.percent()).isNull();
        assertThat(score.result(PASS_MARK)).isEqualTo(CaseScore.Result.NO_SCORE);
        assertThat(score.describe(PASS_MARK)).isEqualTo("No score: every standard was not applicable");
    }

    @Test
    void notApplicableStandards_areLeftOutOfTheScore() {
        assertThat(CaseScore.of(outcomes(1, 0, 30)).percentText()).isEqualTo("100.0%");
        assertThat(CaseScore.of(outcomes(0, 1, 30)).percentText()).isEqualTo("0.0%");
    }

    @Test
    void unansweredStandards_countTowardsNothing() {
        List<Outcome> answers = new ArrayList<>(outcomes(2, 1, 1));
        answers.add(null);
        CaseScore score = CaseScore.of(answers);
        assertThat(score.answered()).isEqualTo(4);
        assertThat(score.percentText()).isEqualTo("66.7%");
    }

    @Test
    void aPassMarkWithDecimals_isShownAsSet() {
        assertThat(CaseScore.of(outcomes(17, 3, 0)).describe(new BigDecimal("85.50"))).endsWith("a fail (pass mark 85.5%)");
    }

    static List<Outcome> outcomes(int met, int notMet, int notApplicable) {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(met, Outcome.MET));
        outcomes.addAll(Collections.nCopies(notMet, Outcome.NOT_MET));
        outcomes.addAll(Collections.nCopies(notApplicable, Outcome.NOT_APPLICABLE));
        Collections.shuffle(outcomes);
        return outcomes;
    }
}
