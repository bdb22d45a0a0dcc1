package uk.providerportal.cases;

import java.time.YearMonth;

/** The provider took a case back before its assessment started; its place in the folder is free again. */
public record CaseWithdrawn(long caseId, long organisationId, YearMonth folderMonth) {
}
