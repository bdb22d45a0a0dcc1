package uk.providerportal.submission;

import java.time.YearMonth;
import java.util.List;

/**
 * The rules a provider's form shows up front, so nobody learns them only from a refusal.
 *
 * @param maxFilesPerCase the most case record files one case may have
 * @param maxManifestBytes the largest manifest accepted
 * @param maxManifestRows the most cases one manifest may list
 * @param maxManifestFiles the most case record files one bulk submission may upload
 */
public record SubmissionLimits(YearMonth submissionMonth, int maxLinkedCallMinutes, int completionMonthsBack,
                               List<String> allowedFileTypes, String allowedFileTypeNames, long maxFileBytes,
                               int maxFilesPerCase, long maxManifestBytes, int maxManifestRows,
                               int maxManifestFiles) {
}
