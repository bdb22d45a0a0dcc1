package uk.providerportal.performance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An assurance review with its findings, its action plan and the remedial-action conditions it meets, in words. */
public record AssuranceReviewRecord(long id, long version, LocalDate reviewedOn, AssuranceRating rating,
                                    String recordedBy, List<Finding> findings, @Nullable LocalDate planDueOn,
                                    String planText, @Nullable LocalDate planSubmittedOn,
                                    @Nullable String planSubmittedBy, List<String> flags) {
}
