package uk.providerportal.cases;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of the signed-in assessor's cases to list; empty parts match everything.
 *
 * @param round only this assessment round, or every round when null
 * @param statuses only these statuses, or the ones an assessor works on ({@link #WORKING}) when empty
 * @param reference only cases whose reference contains this text (ignoring case), or every case when null or blank
 */
public record AssignedQuery(@Nullable YearMonth round, Set<CaseStatus> statuses, @Nullable String reference) {

    /** Queued, in assessment, and submitted but not yet moderated or released. */
    public static final Set<CaseStatus> WORKING = EnumSet.of(CaseStatus.QUEUED, CaseStatus.IN_ASSESSMENT,
            CaseStatus.SUBMITTED_FOR_MODERATION);

    public AssignedQuery {
        statuses = Set.copyOf(statuses);
    }

    public static AssignedQuery all() {
        return new AssignedQuery(null, Set.of(), null);
    }
}
