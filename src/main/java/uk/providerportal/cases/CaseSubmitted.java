package uk.providerportal.cases;

import java.time.YearMonth;

/** A case was recorded in a month folder; its assessment round starts as that month. */
public record CaseSubmitted(long caseId, long organisationId, YearMonth folderMonth, int sampleWeek, boolean late) {
}
