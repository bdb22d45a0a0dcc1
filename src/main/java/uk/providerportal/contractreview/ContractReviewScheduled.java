package uk.providerportal.contractreview;

import java.time.LocalDate;
import java.time.YearMonth;

/** A review was scheduled: the partner is told the date and when its management information is due. */
public record ContractReviewScheduled(long reviewId, long organisationId, YearMonth month, LocalDate meetingOn,
                                      LocalDate informationDueOn) {
}
