package uk.providerportal.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * One version of a programme's effective-dated rule (the KPI policy, the appeal policy, the submission rules, a
 * standard): it holds from {@code effectiveFrom} until the next version's date, so what applied before stays as it
 * was.
 */
@MappedSuperclass
public abstract class EffectiveDatedVersion extends AbstractEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy = "";

    protected EffectiveDatedVersion() {
    }

    protected EffectiveDatedVersion(long programmeId, LocalDate effectiveFrom) {
        this.programmeId = programmeId;
        this.effectiveFrom = effectiveFrom;
    }

    /** Who set this version's values. */
    public void changed(String by) {
        changedBy = by;
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
}
