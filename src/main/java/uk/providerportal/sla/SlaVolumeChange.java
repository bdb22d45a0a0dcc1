package uk.providerportal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of an SLA volume's history: the values it took, when, from whom and how (grid, copy, import). */
@Entity
@Immutable
@Table(name = "sla_volume_history")
class SlaVolumeChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "monthly_volume", nullable = false)
    private int monthlyVolume;

    @Column(name = "weekly_volume", nullable = false)
    private int weeklyVolume;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Size(max = 200)
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String source;

    protected SlaVolumeChange() {
        this.monthStart = LocalDate.EPOCH;
        this.changedAt = Instant.EPOCH;
        this.changedBy = "";
        this.source = "";
    }

    SlaVolumeChange(long organisationId, YearMonth month, int monthly, int weekly, Instant changedAt,
                    String changedBy, String source) {
        this.organisationId = organisationId;
        this.monthStart = month.atDay(1);
        this.monthlyVolume = monthly;
        this.weeklyVolume = weekly;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.source = source.length() <= 300 ? source : source.substring(0, 299) + "…";
    }

    SlaHistoryEntry toEntry() {
        return new SlaHistoryEntry(changedAt, changedBy, source, monthlyVolume, weeklyVolume);
    }
}
