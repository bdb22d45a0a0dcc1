package uk.providerportal.calibration;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;

/**
 * A calibration request as the provider and the quality team see it: what it is about, what was asked, and the
 * session or written answer. {@code caseId} is empty for a request about a month's outcomes as a whole.
 */
public record CalibrationRequestSummary(long id, long version, long organisationId, String organisationName,
                                        @Nullable Long caseId, @Nullable String caseReference, YearMonth month,
                                        String topic, CalibrationRequestStatus status, String requestedBy,
                                        Instant requestedAt, @Nullable Instant sessionAt,
                                        @Nullable CalibrationRequestMeeting meeting, @Nullable String where,
                                        @Nullable String scheduledBy, @Nullable String answer,
                                        @Nullable String answeredBy, @Nullable Instant answeredAt,
                                        @Nullable String closingNote, @Nullable String closedBy,
                                        @Nullable Instant closedAt) {

    /** E.g. "Case NCA-0042, March 2026" or "March 2026's outcomes". */
    public String about() {
        return caseReference == null ? DateFormats.month(month) + "'s outcomes"
                : "Case " + caseReference + ", " + DateFormats.month(month);
    }

    /** E.g. "14 April 2026, 10:00 (UK time), online"; empty before a session is scheduled. */
    public String sessionText() {
        if (sessionAt == null || meeting == null) {
            return "";
        }
        return DateFormats.dateTime(sessionAt) + " (UK time), " + meeting.label().toLowerCase(DateFormats.LOCALE)
                + (meeting == CalibrationRequestMeeting.IN_PERSON && where != null ? " at " + where : "");
    }
}
