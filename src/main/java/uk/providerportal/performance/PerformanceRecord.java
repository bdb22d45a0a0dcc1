package uk.providerportal.performance;

import java.time.Instant;
import java.util.List;

/**
 * A contract's performance workspace: where it stands in the intervention regime and how it got there (newest first),
 * its action plan with what the level requires of it, the plan's history, and its assurance reviews (newest first).
 * {@code version} is what a change to the level, plan or comments must quote.
 */
public record PerformanceRecord(long organisationId, String organisationName, String programmeName, long version,
                                InterventionLevel level, List<LevelRecord> levels, ActionPlanDraft plan,
                                int planNumber, List<String> planRequirements, List<PlanHistoryEntry> planHistory,
                                List<AssuranceReviewRecord> reviews, List<String> remedialFlags) {

    /** A version of the plan saved, or a comment on it: who, when, the words, and the plan as it was then. */
    public record PlanHistoryEntry(PlanEntryKind kind, int planNumber, String by, Instant at, String note,
                                   String snapshot) {
    }

    /** The performance manager's latest comment on the plan, if any. */
    public java.util.Optional<PlanHistoryEntry> latestComment() {
        return planHistory.stream().filter(entry -> entry.kind() == PlanEntryKind.COMMENTED).findFirst();
    }
}
