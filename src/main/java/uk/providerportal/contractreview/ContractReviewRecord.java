package uk.providerportal.contractreview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A review as its readers see it. {@code held} once the performance manager recorded the meeting. */
public record ContractReviewRecord(long id, long version, long organisationId, String organisationName,
                                   YearMonth month, LocalDate meetingOn, LocalDate informationDueOn,
                                   String attendees, String notes, boolean held, List<AgreedAction> actions,
                                   String scheduledBy, Instant scheduledAt, @Nullable String recordedBy,
                                   @Nullable Instant recordedAt) {

    public ContractReviewRecord {
        actions = List.copyOf(actions);
    }

    /** "Review pack Northgate Community Advice March 2026.pdf". */
    public String packFileName(String extension) {
        return "Review pack " + organisationName + " " + uk.providerportal.base.DateFormats.month(month) + "."
                + extension;
    }
}
