package uk.providerportal.calibration;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quality manager's new calibration exercise: the case by its organisation and reference, who scores it, by when. */
public record NewExercise(@Nullable Long organisationId, String reference, List<Long> assessorIds,
                          @Nullable LocalDate dueOn) {

    public NewExercise {
        assessorIds = List.copyOf(assessorIds);
    }
}
