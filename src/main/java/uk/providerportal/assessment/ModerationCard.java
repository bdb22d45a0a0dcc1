package uk.providerportal.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseStatus;

/**
 * A submitted scorecard as the quality team sees it for moderation: read-only, the assessor's outcomes and the
 * moderator's beside them.
 *
 * @param mayModerate whether the signed-in quality manager may moderate it now; when not, {@code whyNot} says why
 */
public record ModerationCard(long caseId, String reference, String organisationName, YearMonth round,
                             String assessorName, CaseStatus caseStatus, boolean picked, String commentary,
                             List<ModerationLine> lines, String assessorScore, String moderatedScore,
                             @Nullable String moderatedBy, @Nullable Instant moderatedAt, @Nullable Instant releasedAt,
                             boolean mayModerate, @Nullable String whyNot) {

    public ModerationCard {
        lines = List.copyOf(lines);
    }
}
