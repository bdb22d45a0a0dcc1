package uk.providerportal.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.Restatement;

/**
 * Which appeals a programme accepts from a date on (seed 000/001). The standard rule sets every flag; the
 * three-month trial of 2023 kept only the first (any unmet standard on any case, for providers below target).
 *
 * @param onlyBelowKpiTarget only providers that missed the KPI target may appeal
 * @param onlyCasesBelowPassMark only cases scoring below the pass mark are eligible
 * @param onlyDisputedStandards only standards the assessor marked unmet and the provider's self-assessment met
 * @param onlyIfTargetReachable only appeals that, if upheld, could bring the provider to the target
 * @param restatement set when this version corrected a month already closed; the service sets it, never the caller
 */
public record AppealPolicy(LocalDate effectiveFrom, String name, boolean onlyBelowKpiTarget,
                           boolean onlyCasesBelowPassMark, boolean onlyDisputedStandards,
                           boolean onlyIfTargetReachable, String changedBy, @Nullable Restatement restatement) {

    /** A policy as an admin proposes it. */
    public AppealPolicy(LocalDate effectiveFrom, String name, boolean onlyBelowKpiTarget,
                        boolean onlyCasesBelowPassMark, boolean onlyDisputedStandards, boolean onlyIfTargetReachable,
                        String changedBy) {
        this(effectiveFrom, name, onlyBelowKpiTarget, onlyCasesBelowPassMark, onlyDisputedStandards,
                onlyIfTargetReachable, changedBy, null);
    }

    public static AppealPolicy standard(LocalDate from, String by) {
        return new AppealPolicy(from, "Standard rule", true, true, true, true, by);
    }

    public static AppealPolicy anyUnmetStandard(LocalDate from, String by) {
        return new AppealPolicy(from, "Any unmet standard on any case (trial)", true, false, false, false, by);
    }
}
