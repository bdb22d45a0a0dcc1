package uk.providerportal.performance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An assurance review to record: its date, rating, findings and, where weaknesses were found, the plan's due date. */
public record NewAssuranceReview(LocalDate reviewedOn, AssuranceRating rating, List<Finding> findings,
                                 @Nullable LocalDate planDueOn) {
}
