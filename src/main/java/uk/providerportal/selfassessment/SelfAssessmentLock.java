package uk.providerportal.selfassessment;

import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseStatus;

/**
 * When a self-assessment is fixed. Once the case's outcome has been released to the provider, the provider could
 * otherwise copy the released outcomes into its self-assessment and make every difference disappear (or appear) to
 * suit an appeal, so from release on it can no longer be changed; a withdrawn case is not assessed at all.
 */
final class SelfAssessmentLock {

    private SelfAssessmentLock() {
    }

    /** Why the case's self-assessment can no longer be changed, in the provider's words; null while it can. */
    static @Nullable String whyLocked(CaseStatus status, String reference) {
        return switch (status) {
            case RELEASED -> "The assessment outcome of case " + reference + " has been released to you, so its "
                    + "self-assessment can no longer be changed.";
            case WITHDRAWN -> "Case " + reference + " was withdrawn, so it is not assessed and has no "
                    + "self-assessment.";
            default -> null;
        };
    }
}
