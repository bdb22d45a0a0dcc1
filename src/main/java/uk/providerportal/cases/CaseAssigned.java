package uk.providerportal.cases;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A case was given to an assessor; {@code previousAssessorId} is set when it was reassigned from someone else. */
public record CaseAssigned(long caseId, long organisationId, YearMonth round, long assessorId,
                           @Nullable Long previousAssessorId) {
}
