package uk.providerportal.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A released case's outcome as its provider sees it: the final (moderated where changed) score and result, every
 * unmet standard with its impact and note, and the overall commentary. Never moderation reasons or drafts.
 *
 * @param score "85.0%", or the no-score text when every standard was not applicable
 * @param result "Pass", "Fail" or "No score"
 */
public record CaseCommentary(long caseId, String reference, String organisationName, YearMonth round, String score,
                             String result, List<UnmetStandard> unmet, String commentary, Instant releasedAt) {

    public CaseCommentary {
        unmet = List.copyOf(unmet);
    }

    /** An unmet standard: its code and title, the customer impact and the note the provider is given. */
    public record UnmetStandard(String code, String title, @Nullable CustomerImpact impact, @Nullable String note) {
    }
}
