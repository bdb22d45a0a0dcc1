package uk.providerportal.cases;

import org.jspecify.annotations.Nullable;

/** What assigning one case did: it went to the assessor, moved from another one, or was theirs already. */
public record Assignment(long caseId, String reference, long organisationId, @Nullable String previousAssessor,
                         Outcome outcome) {

    public enum Outcome { ASSIGNED, REASSIGNED, UNCHANGED }
}
