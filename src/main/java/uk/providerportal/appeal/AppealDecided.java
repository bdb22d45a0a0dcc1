package uk.providerportal.appeal;

import java.time.YearMonth;

/** The independent reviewer decided an appeal; {@code upheld} of {@code standards} were upheld. */
public record AppealDecided(long appealId, long organisationId, YearMonth month, int upheld, int standards) {
}
