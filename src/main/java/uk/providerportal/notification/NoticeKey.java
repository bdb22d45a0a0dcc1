package uk.providerportal.notification;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a mail is about, as stored in the outbox's {@code notice_key}. With the recipient it is unique, so writing the
 * same notice twice (an event handled again, a job run twice or on two instances) never makes a second mail.
 */
final class NoticeKey {

    private NoticeKey() {
    }

    static String kpiPublished(long organisationId, YearMonth month) {
        return NoticeKind.KPI_PUBLISHED + ":" + organisationId + ":" + month;
    }

    static String kpiRevised(long organisationId, YearMonth month, int version) {
        return NoticeKind.KPI_REVISED + ":" + organisationId + ":" + month + ":v" + version;
    }

    /** A digest is named by its organisation and the first and last released outcome it holds. */
    static String outcomesReleased(long organisationId, long firstItemId, long lastItemId) {
        return NoticeKind.OUTCOMES_RELEASED + ":" + organisationId + ":" + firstItemId + "-" + lastItemId;
    }

    static String sampleMissing(long organisationId, LocalDate weekStartsOn) {
        return NoticeKind.SAMPLE_MISSING + ":" + organisationId + ":" + weekStartsOn;
    }

    static String appealLodged(long appealId) {
        return NoticeKind.APPEAL_LODGED + ":" + appealId;
    }

    static String appealDecided(long appealId) {
        return NoticeKind.APPEAL_DECIDED + ":" + appealId;
    }

    static String appealDeadline(long organisationId, YearMonth month) {
        return NoticeKind.APPEAL_DEADLINE + ":" + organisationId + ":" + month;
    }

    static String returnReminder(boolean missing, long organisationId, String type, YearMonth period) {
        return (missing ? NoticeKind.RETURN_MISSING : NoticeKind.RETURN_DUE) + ":" + organisationId + ":" + type + ":"
                + period;
    }

    static String storyMoved(long storyId, int step) {
        return "STORY:" + storyId + ":" + step;
    }

    static String contractReviewScheduled(long reviewId, java.time.LocalDate meetingOn) {
        return NoticeKind.CONTRACT_REVIEW_SCHEDULED + ":" + reviewId + ":" + meetingOn;
    }

    static String interventionLevel(long organisationId, int decision) {
        return NoticeKind.INTERVENTION_LEVEL_CHANGED + ":" + organisationId + ":" + decision;
    }

    static String actionPlanCommented(long organisationId, int entry) {
        return NoticeKind.ACTION_PLAN_COMMENTED + ":" + organisationId + ":" + entry;
    }
}
