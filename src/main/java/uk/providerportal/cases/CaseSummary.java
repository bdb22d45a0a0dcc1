package uk.providerportal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case sample as views show it.
 *
 * @param folderMonth the month folder it was filed under (the next month's when the volume was already met)
 * @param sampleWeek the assessment week of the folder month whose agreed sample this case counts towards
 * @param late true when it arrived after that week ended (seed 001: late weeks go to the back of the queue)
 * @param assessmentMonth the assessment round it is in; later than the folder month once rolled over
 */
public record CaseSummary(long id, long organisationId, String organisationName, String reference,
                          AdviceChannel channel, LocalDate completedOn, List<Integer> callMinutes,
                          int totalCallMinutes, Instant submittedAt, String submittedBy, YearMonth submissionMonth,
                          YearMonth folderMonth, int sampleWeek, LocalDate weekEndsOn, boolean late,
                          CaseStatus status, YearMonth assessmentMonth, @Nullable YearMonth rolledOverFrom,
                          @Nullable Long assessorId, @Nullable String assessorName, @Nullable Instant assignedAt,
                          @Nullable String withdrawnReason, List<CaseFileSummary> files) {
}
