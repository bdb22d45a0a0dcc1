package uk.providerportal.submission;

import java.time.YearMonth;
import java.util.List;

/** The rules a provider's form shows up front, so nobody learns them only from a refusal. */
public record SubmissionLimits(YearMonth submissionMonth, int maxLinkedCallMinutes, int completionMonthsBack,
                               List<String> allowedFileTypes, String allowedFileTypeNames, long maxFileBytes) {
}
