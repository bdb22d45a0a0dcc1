package uk.providerportal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

@Entity
@Table(name = "assessment_month")
class AssessmentMonth extends AbstractEntity {

    @Column(name = "month_start", nullable = false, unique = true)
    private LocalDate monthStart = LocalDate.EPOCH;
    @Column(name = "submission_opens", nullable = false)
    private LocalDate submissionOpens = LocalDate.EPOCH;
    @Column(name = "submission_closes", nullable = false)
    private LocalDate submissionCloses = LocalDate.EPOCH;
    @Column(name = "publication_override")
    private @Nullable LocalDate publicationOverride;
    @Size(max = 500)
    @Column(name = "override_reason", length = 500)
    private @Nullable String overrideReason;
    @Column(name = "appeal_window_days", nullable = false)
    private int appealWindowDays;

    protected AssessmentMonth() {
    }

    AssessmentMonth(YearMonth month) {
        this.monthStart = month.atDay(1);
    }

    void set(LocalDate opens, LocalDate closes, @Nullable LocalDate override, @Nullable String reason, int window) {
        this.submissionOpens = opens;
        this.submissionCloses = closes;
        this.publicationOverride = override;
        this.overrideReason = reason;
        this.appealWindowDays = window;
    }

    YearMonth month() {
        return YearMonth.from(monthStart);
    }

    LocalDate submissionOpens() {
        return submissionOpens;
    }

    LocalDate submissionCloses() {
        return submissionCloses;
    }

    @Nullable LocalDate publicationOverride() {
        return publicationOverride;
    }

    @Nullable String overrideReason() {
        return overrideReason;
    }

    int appealWindowDays() {
        return appealWindowDays;
    }
}
