package uk.providerportal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.providerportal.base.AbstractEntity;

@Entity
@Table(name = "appeal_policy")
class AppealPolicyVersion extends AbstractEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;
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
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy = "";

    protected AppealPolicyVersion() {
    }

    AppealPolicyVersion(long programmeId, LocalDate effectiveFrom) {
        this.programmeId = programmeId;
        this.effectiveFrom = effectiveFrom;
    }

    void set(AppealPolicy policy, String by) {
        name = policy.name();
        onlyBelowKpiTarget = policy.onlyBelowKpiTarget();
        onlyCasesBelowPassMark = policy.onlyCasesBelowPassMark();
        onlyDisputedStandards = policy.onlyDisputedStandards();
        onlyIfTargetReachable = policy.onlyIfTargetReachable();
        changedBy = by;
    }

    AppealPolicy toPolicy() {
        return new AppealPolicy(effectiveFrom, name, onlyBelowKpiTarget, onlyCasesBelowPassMark,
                onlyDisputedStandards, onlyIfTargetReachable, changedBy);
    }
}
