package uk.providerportal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.providerportal.base.EffectiveDatedVersion;

@Entity
@Table(name = "appeal_policy")
class AppealPolicyVersion extends EffectiveDatedVersion {

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name = "";
    @Column(name = "only_below_kpi_target", nullable = false)
    private boolean onlyBelowKpiTarget;
    @Column(name = "only_cases_below_pass_mark", nullable = false)
    private boolean onlyCasesBelowPassMark;
    @Column(name = "only_disputed_standards", nullable = false)
    private boolean onlyDisputedStandards;
    @Column(name = "only_if_target_reachable", nullable = false)
    private boolean onlyIfTargetReachable;

    protected AppealPolicyVersion() {
    }

    AppealPolicyVersion(long programmeId, LocalDate effectiveFrom) {
        super(programmeId, effectiveFrom);
    }

    void set(AppealPolicy policy) {
        name = policy.name();
        onlyBelowKpiTarget = policy.onlyBelowKpiTarget();
        onlyCasesBelowPassMark = policy.onlyCasesBelowPassMark();
        onlyDisputedStandards = policy.onlyDisputedStandards();
        onlyIfTargetReachable = policy.onlyIfTargetReachable();
    }

    AppealPolicy toPolicy() {
        return new AppealPolicy(effectiveFrom(), name, onlyBelowKpiTarget, onlyCasesBelowPassMark,
                onlyDisputedStandards, onlyIfTargetReachable, changedBy(), restatement());
    }
}
