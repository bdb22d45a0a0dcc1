package uk.providerportal.selfassessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseStatus;

/**
 * One of the organisation's cases in the self-assessment list.
 *
 * @param answered the standards of the case's list the provider has answered
 * @param lockedBecause why it can no longer be changed (released or withdrawn), or null while it can
 */
public record SelfAssessmentCase(long caseId, String reference, CaseStatus status, Instant submittedAt,
                                 int answered, int standards, @Nullable String lockedBecause,
                                 @Nullable Instant savedAt) {

    /**
     * "Not started", "12 of 34 answered", "Complete"; "Withdrawn" for a case that is not assessed, and "None
     * recorded" for a released case the provider never self-assessed (it can no longer be started).
     */
    public String progress() {
        if (status == CaseStatus.WITHDRAWN) {
            return "Withdrawn";
        }
        return locked() && answered == 0 ? "None recorded" : SelfAssessmentProgress.describe(answered, standards);
    }

    public boolean locked() {
        return lockedBecause != null;
    }
}
