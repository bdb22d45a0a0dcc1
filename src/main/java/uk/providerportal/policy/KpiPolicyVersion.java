package uk.providerportal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.providerportal.base.EffectiveDatedVersion;

@Entity
@Table(name = "kpi_policy")
class KpiPolicyVersion extends EffectiveDatedVersion {

    @Column(name = "kpi_target", nullable = false, precision = 5, scale = 2)
    private BigDecimal kpiTarget = BigDecimal.ZERO;
    @Column(name = "case_pass_mark", nullable = false, precision = 5, scale = 2)
    private BigDecimal casePassMark = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private KpiPolicy.KpiMethod method = KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK;
    @Column(name = "good_from", nullable = false, precision = 5, scale = 2)
    private BigDecimal goodFrom = BigDecimal.ZERO;
    @Column(name = "near_target_from", nullable = false, precision = 5, scale = 2)
    private BigDecimal nearTargetFrom = BigDecimal.ZERO;
    @Column(name = "needs_improvement_from", nullable = false, precision = 5, scale = 2)
    private BigDecimal needsImprovementFrom = BigDecimal.ZERO;

    protected KpiPolicyVersion() {
    }

    KpiPolicyVersion(long programmeId, LocalDate effectiveFrom) {
        super(programmeId, effectiveFrom);
    }

    void set(KpiPolicy policy) {
        kpiTarget = policy.kpiTarget();
        casePassMark = policy.casePassMark();
        method = policy.method();
        goodFrom = policy.goodFrom();
        nearTargetFrom = policy.nearTargetFrom();
        needsImprovementFrom = policy.needsImprovementFrom();
    }

    KpiPolicy toPolicy() {
        return new KpiPolicy(effectiveFrom(), kpiTarget, casePassMark, method, goodFrom, nearTargetFrom,
                needsImprovementFrom, changedBy(), restatement());
    }
}
