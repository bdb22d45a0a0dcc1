package uk.providerportal.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;

/** One standard of a blind calibration scorecard: the exact version, and what the assessor found. */
@Embeddable
class ExerciseAnswer {

    static final int MAX_NOTE = 500;

    @Column(name = "standard_version_id", nullable = false)
    private long standardVersionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable CustomerImpact impact;

    @Size(max = MAX_NOTE)
    @Column(length = MAX_NOTE)
    private @Nullable String note;

    protected ExerciseAnswer() {
    }

    ExerciseAnswer(long standardVersionId) {
        this.standardVersionId = standardVersionId;
    }

    long standardVersionId() {
        return standardVersionId;
    }

    @Nullable Outcome outcome() {
        return outcome;
    }

    @Nullable CustomerImpact impact() {
        return impact;
    }

    @Nullable String note() {
        return note;
    }

    /** As on the real scorecard, impact and note belong to an unmet standard only. */
    void record(@Nullable Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note) {
        this.outcome = outcome;
        boolean unmet = outcome == Outcome.NOT_MET;
        this.impact = unmet ? impact : null;
        this.note = unmet && note != null && !note.isBlank() ? note.strip() : null;
    }
}
