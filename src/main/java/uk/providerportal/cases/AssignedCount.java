package uk.providerportal.cases;

/** How many of a round's cases with one status an assessor holds. */
public record AssignedCount(long assessorId, String assessorName, CaseStatus status, int cases) {
}
