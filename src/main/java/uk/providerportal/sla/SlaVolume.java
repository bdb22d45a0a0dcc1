package uk.providerportal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.base.AbstractEntity;

/** One organisation's agreed sample volumes for one month. */
@Entity
@Table(name = "sla_volume")
class SlaVolume extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "monthly_volume", nullable = false)
    private int monthlyVolume;

    @Column(name = "weekly_volume", nullable = false)
    private int weeklyVolume;

    protected SlaVolume() {
        this.monthStart = LocalDate.EPOCH;
    }

    SlaVolume(long organisationId, YearMonth month, int monthlyVolume, int weeklyVolume) {
        this.organisationId = organisationId;
        this.monthStart = month.atDay(1);
        this.monthlyVolume = monthlyVolume;
        this.weeklyVolume = weeklyVolume;
    }

    long organisationId() {
        return organisationId;
    }

    YearMonth month() {
        return YearMonth.from(monthStart);
    }

    int monthlyVolume() {
        return monthlyVolume;
    }

    int weeklyVolume() {
        return weeklyVolume;
    }

    /** Returns true when anything changed. */
    boolean change(int monthly, int weekly) {
        boolean changed = monthly != monthlyVolume || weekly != weeklyVolume;
        this.monthlyVolume = monthly;
        this.weeklyVolume = weekly;
        return changed;
    }
}
