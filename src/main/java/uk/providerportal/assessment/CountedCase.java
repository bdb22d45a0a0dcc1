package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case a month's KPI counts (released by the publication's cut-off, with a score): its standing counts and score
 * (amended, else moderated, else the assessor's), who assessed and moderated it, and its standards that stand as not
 * met, in scorecard order. The appeal rules read it.
 */
public record CountedCase(long caseId, String reference, int met, int notMet, BigDecimal score, long assessorId,
                          @Nullable Long moderatorId, List<Unmet> unmet) {

    public CountedCase {
        unmet = List.copyOf(unmet);
    }

    /** One standard standing as not met, with the impact and note that stand with it. */
    public record Unmet(long standardVersionId, String code, String title, @Nullable CustomerImpact impact,
                        @Nullable String note) {
    }
}
