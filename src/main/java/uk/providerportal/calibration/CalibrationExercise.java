package uk.providerportal.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * A calibration exercise on one case: the standards in force on {@code standardsOn} (the day it was set up), scored
 * blind by the invited assessors until every one has submitted or a quality manager opens the results.
 */
@Entity
@Table(name = "calibration_exercise")
class CalibrationExercise extends AbstractEntity {

    static final int MAX_NOTES = 4000;

    @Column(name = "case_sample_id", nullable = false, updatable = false)
    private long caseSampleId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Size(max = 100)
    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference = "";

    @Column(name = "standards_on", nullable = false, updatable = false)
    private LocalDate standardsOn = LocalDate.EPOCH;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExerciseStatus status = ExerciseStatus.SCORING;

    @Size(max = 200)
    @Column(name = "set_up_by", nullable = false, updatable = false)
    private String setUpBy = "";

    @Column(name = "set_up_at", nullable = false, updatable = false)
    private Instant setUpAt = Instant.EPOCH;

    @Column(name = "results_opened_at")
    private @Nullable Instant resultsOpenedAt;

    @Size(max = 200)
    @Column(name = "closed_by")
    private @Nullable String closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Size(max = MAX_NOTES)
    @Column(name = "discussion_notes", nullable = false, length = MAX_NOTES)
    private String discussionNotes = "";

    protected CalibrationExercise() {
    }

    CalibrationExercise(long caseSampleId, long organisationId, long programmeId, String caseReference,
                        LocalDate standardsOn, LocalDate dueOn, String setUpBy, Instant setUpAt) {
        this.caseSampleId = caseSampleId;
        this.organisationId = organisationId;
        this.programmeId = programmeId;
        this.caseReference = caseReference;
        this.standardsOn = standardsOn;
        this.dueOn = dueOn;
        this.setUpBy = setUpBy;
        this.setUpAt = setUpAt;
    }

    void openResults(Instant at) {
        this.status = ExerciseStatus.DISCUSSION;
        this.resultsOpenedAt = at;
    }

    void close(String notes, String by, Instant at) {
        this.discussionNotes = notes;
        this.status = ExerciseStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    long caseSampleId() {
        return caseSampleId;
    }

    long organisationId() {
        return organisationId;
    }

    long programmeId() {
        return programmeId;
    }

    String caseReference() {
        return caseReference;
    }

    LocalDate standardsOn() {
        return standardsOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ExerciseStatus status() {
        return status;
    }

    String setUpBy() {
        return setUpBy;
    }

    Instant setUpAt() {
        return setUpAt;
    }

    @Nullable Instant resultsOpenedAt() {
        return resultsOpenedAt;
    }

    @Nullable String closedBy() {
        return closedBy;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    String discussionNotes() {
        return discussionNotes;
    }

    long id() {
        return java.util.Objects.requireNonNull(getId());
    }
}
