package uk.providerportal.returns;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * One version of an organisation's return of a period. Never changed once saved, except that a correction makes it no
 * longer the current version; version 1 carries the return's timeliness.
 */
@Entity
@Table(name = "provider_return")
class ProviderReturn extends AbstractEntity {

    static final int MAX_REASON = 1000;

    /** How the figures arrived. */
    enum How { UPLOAD, FORM }

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_type", nullable = false, updatable = false, length = 40)
    private ReturnType type = ReturnType.MANAGEMENT_INFORMATION;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth = LocalDate.EPOCH;

    @Column(name = "return_version", nullable = false, updatable = false)
    private int returnVersion;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn = LocalDate.EPOCH;

    @Size(max = 200)
    @Column(name = "submitted_by", nullable = false, updatable = false, length = 200)
    private String submittedBy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private How how = How.FORM;

    @Column(name = "working_days_late", nullable = false, updatable = false)
    private int workingDaysLate;

    @Size(max = MAX_REASON)
    @Column(length = MAX_REASON, updatable = false)
    private @Nullable String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_return_figure", joinColumns = @JoinColumn(name = "return_id"))
    @MapKeyColumn(name = "figure_key", length = 40)
    @Column(name = "figure_value", nullable = false)
    private Map<String, Long> figures = new LinkedHashMap<>();

    protected ProviderReturn() {
    }

    ProviderReturn(long organisationId, ReturnType type, YearMonth period, int returnVersion, LocalDate dueOn,
                   Instant submittedAt, LocalDate submittedOn, String submittedBy, How how, int workingDaysLate,
                   @Nullable String reason, Map<String, Long> figures) {
        this.organisationId = organisationId;
        this.type = type;
        this.periodMonth = period.atDay(1);
        this.returnVersion = returnVersion;
        this.current = true;
        this.dueOn = dueOn;
        this.submittedAt = submittedAt;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        this.how = how;
        this.workingDaysLate = workingDaysLate;
        this.reason = reason;
        this.figures = new LinkedHashMap<>(figures);
    }

    long organisationId() {
        return organisationId;
    }

    ReturnType type() {
        return type;
    }

    YearMonth period() {
        return YearMonth.from(periodMonth);
    }

    int returnVersion() {
        return returnVersion;
    }

    boolean current() {
        return current;
    }

    void supersede() {
        current = false;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    LocalDate submittedOn() {
        return submittedOn;
    }

    String submittedBy() {
        return submittedBy;
    }

    How how() {
        return how;
    }

    int workingDaysLate() {
        return workingDaysLate;
    }

    @Nullable String reason() {
        return reason;
    }

    Map<String, Long> figures() {
        return Map.copyOf(figures);
    }
}
