package uk.providerportal.assessment;

import org.jspecify.annotations.Nullable;
import uk.providerportal.standard.Standard;

/**
 * One standard as the quality team sees it in moderation: the assessor's outcome and, where moderation changed it,
 * the moderator's beside it with the (internal) reason.
 */
public record ModerationLine(long standardVersionId, Standard standard, @Nullable Outcome outcome,
                             @Nullable CustomerImpact impact, @Nullable String note,
                             @Nullable Outcome moderatedOutcome, @Nullable CustomerImpact moderatedImpact,
                             @Nullable String moderatedNote, @Nullable String reason) {

    public boolean changed() {
        return moderatedOutcome != null;
    }
}
