package uk.providerportal.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An appeal as its readers see it: the appealed standards with rationales and decisions, who lodged it, the
 * reviewer and the decision. {@code version} is what a form sends back so a save never overwrites a newer one.
 */
public record AppealRecord(long id, long version, long organisationId, String organisationName, YearMonth month,
                           AppealStatus status, String policyName, String savedBy, Instant savedAt,
                           @Nullable String lodgedBy, @Nullable Instant lodgedAt, @Nullable Long reviewerId,
                           @Nullable String reviewerName, @Nullable String assignedBy, @Nullable Instant assignedAt,
                           @Nullable LocalDate decisionDue, @Nullable String decidedBy, @Nullable Instant decidedAt,
                           @Nullable String decisionSummary, List<Item> items) {

    public AppealRecord {
        items = List.copyOf(items);
    }

    /** One appealed standard. */
    public record Item(long caseId, long standardVersionId, String caseReference, String standardCode,
                       String rationale, @Nullable ItemDecision decision, @Nullable String decisionReason) {
    }

    public boolean lodged() {
        return status != AppealStatus.DRAFT;
    }

    public long upheld() {
        return items.stream().filter(i -> i.decision() == ItemDecision.UPHELD).count();
    }
}
