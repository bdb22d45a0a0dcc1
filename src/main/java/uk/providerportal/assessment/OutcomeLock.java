package uk.providerportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.base.AbstractEntity;

/**
 * An assessment month's outcomes locked by a quality manager after calibration (issue 11, item 10). A lock is for
 * good: there is no unlocking, only changes with a quality manager's reason.
 */
@Entity
@Table(name = "outcome_lock")
class OutcomeLock extends AbstractEntity {

    static final int MAX_NOTE = 1000;

    @Column(name = "round_month", nullable = false, updatable = false)
    private LocalDate roundMonth = LocalDate.EPOCH;

    @Size(max = MAX_NOTE)
    @Column(nullable = false, length = MAX_NOTE, updatable = false)
    private String note = "";

    @Column(name = "locked_by_id", nullable = false, updatable = false)
    private long lockedById;

    @Size(max = 200)
    @Column(name = "locked_by_name", nullable = false, updatable = false)
    private String lockedByName = "";

    @Column(name = "locked_at", nullable = false, updatable = false)
    private Instant lockedAt = Instant.EPOCH;

    protected OutcomeLock() {
    }

    OutcomeLock(YearMonth month, String note, long byId, String byName, Instant at) {
        this.roundMonth = month.atDay(1);
        this.note = note;
        this.lockedById = byId;
        this.lockedByName = byName;
        this.lockedAt = at;
    }

    MonthLock toMonthLock() {
        return new MonthLock(YearMonth.from(roundMonth), note, lockedByName, lockedAt);
    }
}
