package uk.providerportal.cases;

import java.util.Map;

/**
 * One organisation's month for the quality team's home page: cases filed into its folder (late ones among them) and
 * the cases of its assessment round by status.
 */
public record RoundProgress(long organisationId, int filed, int filedLate, Map<CaseStatus, Integer> round) {

    public int inRound(CaseStatus... statuses) {
        int total = 0;
        for (CaseStatus status : statuses) {
            total += round.getOrDefault(status, 0);
        }
        return total;
    }

    /** Scorecards submitted: waiting for moderation, moderated or released. */
    public int assessed() {
        return inRound(CaseStatus.SUBMITTED_FOR_MODERATION, CaseStatus.MODERATED, CaseStatus.RELEASED);
    }

    /** Not yet assessed: received, queued or in assessment. */
    public int waitingForAssessment() {
        return inRound(CaseStatus.RECEIVED, CaseStatus.QUEUED, CaseStatus.IN_ASSESSMENT);
    }
}
