package uk.providerportal.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a programme's effective-dated rule (the KPI policy, the appeal policy, the submission rules, a
 * standard): it holds from {@code effectiveFrom} until the next version's date, so what applied before stays as it
 * was. A version set in a month that was already closed also carries its restatement: who, when and why.
 */
@MappedSuperclass
public abstract class EffectiveDatedVersion extends AbstractEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;
    @Size(max = 200)
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy = "";
    @Size(max = 200)
    @Column(name = "restated_by", length = 200)
    private @Nullable String restatedBy;
    @Column(name = "restated_at")
    private @Nullable Instant restatedAt;
    @Size(max = 500)
    @Column(name = "restatement_reason", length = Restatement.MAX_REASON_LENGTH)
    private @Nullable String restatementReason;

    protected EffectiveDatedVersion() {
    }

    protected EffectiveDatedVersion(long programmeId, LocalDate effectiveFrom) {
        this.programmeId = programmeId;
        this.effectiveFrom = effectiveFrom;
    }

    /**
     * Who set this version's values, and the restatement when they correct a closed month. The row describes its
     * current values, so a later plain change drops an earlier restatement's note (the audit trail keeps it).
     */
    public void changed(String by, @Nullable Restatement restatement) {
        changedBy = by;
        restatedBy = restatement == null ? null : restatement.by();
        restatedAt = restatement == null ? null : restatement.at();
        restatementReason = restatement == null ? null : restatement.reason();
    }

    public long programmeId() {
        return programmeId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String changedBy() {
        return changedBy;
    }

    public @Nullable Restatement restatement() {
        if (restatedBy == null || restatedAt == null || restatementReason == null) {
            return null;
        }
        return new Restatement(restatedBy, restatedAt, restatementReason);
    }
}
