package uk.providerportal.cases;

import java.time.YearMonth;

/** A case not assessed by the end of its round moved into the next month's round (seed 001). */
public record CaseRolledOver(long caseId, long organisationId, YearMonth fromRound, YearMonth intoRound) {
}
