package uk.providerportal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The legal moves of a case, in the one place every feature asks. */
class CaseStatusTest {

    @Test
    void receivedCase_canBeAssignedOrWithdrawn_only() {
        assertThat(movesFrom(CaseStatus.RECEIVED)).containsExactlyInAnyOrder(CaseStatus.QUEUED, CaseStatus.WITHDRAWN);
    }

    @Test
    void queuedCase_canBeReassignedStartedOrWithdrawn() {
        assertThat(movesFrom(CaseStatus.QUEUED))
                .containsExactlyInAnyOrder(CaseStatus.QUEUED, CaseStatus.IN_ASSESSMENT, CaseStatus.WITHDRAWN);
    }

    @Test
    void caseInAssessment_canNoLongerBeWithdrawnOrReassigned() {
        assertThat(CaseStatus.IN_ASSESSMENT.withdrawable()).isFalse();
        assertThat(CaseStatus.IN_ASSESSMENT.canMoveTo(CaseStatus.QUEUED)).isFalse();
        assertThat(movesFrom(CaseStatus.IN_ASSESSMENT)).containsExactly(CaseStatus.SUBMITTED_FOR_MODERATION);
    }

    @Test
    void submittedCase_isModeratedOrReleasedWhenNotPicked_andAModeratedCaseIsReleased() {
        assertThat(movesFrom(CaseStatus.SUBMITTED_FOR_MODERATION))
                .containsExactlyInAnyOrder(CaseStatus.MODERATED, CaseStatus.RELEASED);
        assertThat(movesFrom(CaseStatus.MODERATED)).containsExactly(CaseStatus.RELEASED);
        assertThat(CaseStatus.SUBMITTED_FOR_MODERATION.withdrawable()).isFalse();
        assertThat(CaseStatus.SUBMITTED_FOR_MODERATION.open()).isFalse();
    }

    @Test
    void withdrawnAndReleasedCases_stayAsTheyAre() {
        assertThat(movesFrom(CaseStatus.WITHDRAWN)).isEmpty();
        assertThat(movesFrom(CaseStatus.RELEASED)).isEmpty();
    }

    @Test
    void openCases_areThoseNotYetAssessed() {
        assertThat(CaseStatus.OPEN).containsExactlyInAnyOrder(CaseStatus.RECEIVED, CaseStatus.QUEUED,
                CaseStatus.IN_ASSESSMENT);
        assertThat(CaseStatus.IN_ASSESSMENT.inSentence()).isEqualTo("in assessment");
    }

    private static EnumSet<CaseStatus> movesFrom(CaseStatus from) {
        EnumSet<CaseStatus> moves = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus next : CaseStatus.values()) {
            if (from.canMoveTo(next)) {
                moves.add(next);
            }
        }
        return moves;
    }
}
