package uk.providerportal.triage;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseStatus;

/**
 * How the triage queue is narrowed; empty parts match everything.
 *
 * @param round the assessment round (month)
 * @param status null for every case not yet assessed
 */
public record QueueFilter(YearMonth round, @Nullable Long organisationId, @Nullable Long programmeId,
                          @Nullable CaseStatus status, @Nullable Long assessorId) {

    public static QueueFilter round(YearMonth round) {
        return new QueueFilter(round, null, null, null, null);
    }
}
