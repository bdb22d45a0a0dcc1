package uk.providerportal.calibration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** An assessor invited to a calibration exercise, and their blind scorecard of its case. */
@Entity
@Table(name = "calibration_participant")
class ExerciseParticipant extends AbstractEntity {

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private long exerciseId;

    @Column(name = "assessor_id", nullable = false, updatable = false)
    private long assessorId;

    @Size(max = 200)
    @Column(name = "assessor_name", nullable = false)
    private String assessorName = "";

    @Column(name = "saved_at")
    private @Nullable Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "calibration_answer", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    private List<ExerciseAnswer> answers = new ArrayList<>();

    protected ExerciseParticipant() {
    }

    ExerciseParticipant(long exerciseId, long assessorId, String assessorName, List<Long> standardVersionIds) {
        this.exerciseId = exerciseId;
        this.assessorId = assessorId;
        this.assessorName = assessorName;
        standardVersionIds.forEach(id -> answers.add(new ExerciseAnswer(id)));
    }

    void saved(Instant at) {
        this.savedAt = at;
    }

    void submitted(Instant at) {
        this.submittedAt = at;
    }

    long exerciseId() {
        return exerciseId;
    }

    long assessorId() {
        return assessorId;
    }

    String assessorName() {
        return assessorName;
    }

    @Nullable Instant savedAt() {
        return savedAt;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    boolean hasSubmitted() {
        return submittedAt != null;
    }

    List<ExerciseAnswer> answers() {
        return answers;
    }

    long answered() {
        return answers.stream().filter(answer -> answer.outcome() != null).count();
    }
}
