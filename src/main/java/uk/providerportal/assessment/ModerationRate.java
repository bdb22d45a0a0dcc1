package uk.providerportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.base.AbstractEntity;

/** The share of each assessor's cases moderation picks in one assessment month. */
@Entity
@Table(name = "moderation_rate")
class ModerationRate extends AbstractEntity {

    /** The rate of a month nobody set one for. */
    static final int DEFAULT_PERCENT = 10;

    @Column(name = "round_month", nullable = false, updatable = false)
    private LocalDate roundMonth = LocalDate.EPOCH;

    @Column(name = "rate_percent", nullable = false)
    private int ratePercent;

    @Size(max = 200)
    @Column(name = "set_by", nullable = false)
    private String setBy = "";

    @Column(name = "set_at", nullable = false)
    private Instant setAt = Instant.EPOCH;

    protected ModerationRate() {
    }

    ModerationRate(YearMonth month) {
        this.roundMonth = month.atDay(1);
    }

    void set(int percent, String by, Instant at) {
        this.ratePercent = percent;
        this.setBy = by;
        this.setAt = at;
    }

    int ratePercent() {
        return ratePercent;
    }
}
