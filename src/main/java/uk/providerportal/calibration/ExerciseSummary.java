package uk.providerportal.calibration;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A calibration exercise in a list.
 *
 * @param yourSubmittedAt for an invited assessor's own list: when they submitted their scorecard (null: not yet)
 */
public record ExerciseSummary(long id, String reference, String organisationName, LocalDate dueOn,
                              ExerciseStatus status, int invited, int submitted, String setUpBy, Instant setUpAt,
                              @Nullable Instant yourSubmittedAt) {

    /** "2 of 3 submitted". */
    public String progress() {
        return submitted + " of " + invited + " submitted";
    }
}
