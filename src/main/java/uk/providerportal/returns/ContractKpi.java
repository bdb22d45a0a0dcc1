package uk.providerportal.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** One version of a programme's contract KPI, in force from its date until the next version of its code. */
@Entity
@Table(name = "contract_kpi")
class ContractKpi extends AbstractEntity {

    static final int MAX_CODE = 20;
    static final int MAX_DESCRIPTION = 300;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Size(max = MAX_CODE)
    @Column(nullable = false, updatable = false, length = MAX_CODE)
    private String code = "";

    @Size(max = MAX_DESCRIPTION)
    @Column(nullable = false, updatable = false, length = MAX_DESCRIPTION)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private KpiMeasure measure = KpiMeasure.PERCENTAGE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private KpiSource source = KpiSource.MANAGEMENT_INFORMATION;

    @Size(max = 200)
    @Column(name = "numerator_keys", nullable = false, updatable = false, length = 200)
    private String numeratorKeys = "";

    @Size(max = 40)
    @Column(name = "denominator_key", updatable = false, length = 40)
    private @Nullable String denominatorKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Frequency frequency = Frequency.MONTHLY;

    @Column(nullable = false, updatable = false, precision = 12, scale = 1)
    private BigDecimal target = BigDecimal.ZERO;

    @Column(name = "good_from", nullable = false, updatable = false, precision = 12, scale = 1)
    private BigDecimal goodFrom = BigDecimal.ZERO;

    @Column(name = "near_target_from", nullable = false, updatable = false, precision = 12, scale = 1)
    private BigDecimal nearTargetFrom = BigDecimal.ZERO;

    @Column(name = "needs_improvement_from", nullable = false, updatable = false, precision = 12, scale = 1)
    private BigDecimal needsImprovementFrom = BigDecimal.ZERO;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;

    protected ContractKpi() {
    }

    ContractKpi(long programmeId, NewContractKpi kpi) {
        this.programmeId = programmeId;
        this.code = kpi.code();
        this.description = kpi.description();
        this.measure = kpi.measure();
        this.source = kpi.source();
        this.numeratorKeys = String.join(",", kpi.numeratorKeys());
        this.denominatorKey = kpi.denominatorKey();
        this.frequency = kpi.frequency();
        this.target = kpi.target();
        this.goodFrom = kpi.bounds().goodFrom();
        this.nearTargetFrom = kpi.bounds().nearTargetFrom();
        this.needsImprovementFrom = kpi.bounds().needsImprovementFrom();
        this.effectiveFrom = kpi.effectiveFrom();
    }

    long programmeId() {
        return programmeId;
    }

    String code() {
        return code;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    NewContractKpi toDefinition() {
        return new NewContractKpi(code, description, measure, source, List.copyOf(Arrays.asList(
                numeratorKeys.split(","))), denominatorKey, frequency, target,
                new TierBounds(goodFrom, nearTargetFrom, needsImprovementFrom), effectiveFrom);
    }
}
