package uk.providerportal.policy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.Restatement;

/**
 * What makes a case sample eligible from a date on (seed 000/001): all linked calls together at most
 * {@code maxLinkedCallMinutes} (3 hours, not per call), completed in the submission month or up to
 * {@code completionMonthsBack} months before, case record files of the allowed types and size.
 *
 * @param restatement set when this version corrected a month already closed; the service sets it, never the caller
 */
public record SubmissionRules(LocalDate effectiveFrom, int maxLinkedCallMinutes, int completionMonthsBack,
                              List<String> allowedFileTypes, int maxFileSizeMb, String changedBy,
                              @Nullable Restatement restatement) {

    /** Rules as an admin proposes them. */
    public SubmissionRules(LocalDate effectiveFrom, int maxLinkedCallMinutes, int completionMonthsBack,
                           List<String> allowedFileTypes, int maxFileSizeMb, String changedBy) {
        this(effectiveFrom, maxLinkedCallMinutes, completionMonthsBack, allowedFileTypes, maxFileSizeMb, changedBy,
                null);
    }
}
