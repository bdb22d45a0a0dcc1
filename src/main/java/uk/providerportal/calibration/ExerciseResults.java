package uk.providerportal.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A calibration exercise as its results page shows it: who takes part and who has submitted; once the results are
 * open, the agreement per standard and overall, and the discussion notes.
 *
 * @param standards empty while the exercise is scoring: nobody sees any answers before the results open
 * @param overall the pooled agreement over every standard, or null before the results open
 * @param manageable true when the signed-in person may open the results or close the exercise (a quality manager)
 */
public record ExerciseResults(long id, long caseId, String reference, String organisationName, String programmeName,
                              LocalDate dueOn, LocalDate standardsOn, ExerciseStatus status, String setUpBy,
                              Instant setUpAt, List<Taking> participants, List<StandardAgreement> standards,
                              @Nullable BigDecimal overall, String notes, @Nullable String closedBy,
                              @Nullable Instant closedAt, boolean manageable) {

    public ExerciseResults {
        participants = List.copyOf(participants);
        standards = List.copyOf(standards);
    }

    public boolean resultsOpen() {
        return status != ExerciseStatus.SCORING;
    }

    public long belowThreshold() {
        return standards.stream().filter(StandardAgreement::belowThreshold).count();
    }

    public long submitted() {
        return participants.stream().filter(taking -> taking.submittedAt() != null).count();
    }

    /** An invited assessor and when they submitted (null: not yet). */
    public record Taking(String assessorName, @Nullable Instant submittedAt) {
    }
}
