package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A released case as one flat line for exports (issue 12, item 7): the final score (moderated where changed) as a
 * number, its result, when it was released and the overall commentary. Never moderation reasons.
 *
 * @param score  the score to one decimal, or null when every standard was not applicable
 * @param result "Pass", "Fail", "No score" or "No pass mark set"
 */
public record ReleasedCaseLine(long caseId, String reference, @Nullable BigDecimal score, String result,
                               Instant releasedAt, String commentary) {
}
