package uk.providerportal.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.providerportal.base.Plural;

/**
 * The scheduled side of notifications, each holding its ShedLock so only one instance runs it at a time: the retry
 * poller (every minute: mails due again after a failed attempt, and anything an after-commit run missed), the
 * evening digest of released outcomes, and the morning check for missing weekly samples. Each is safe to run twice.
 */
@Component
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final OutboxSender sender;
    private final OutcomeDigest digest;
    private final MissingSampleCheck sampleCheck;
    private final AppealDeadlineCheck appealDeadlines;
    private final ReturnReminderCheck returnReminders;

    NotificationJobs(OutboxSender sender, OutcomeDigest digest, MissingSampleCheck sampleCheck,
                     AppealDeadlineCheck appealDeadlines, ReturnReminderCheck returnReminders) {
        this.returnReminders = returnReminders;
        this.appealDeadlines = appealDeadlines;
        this.sender = sender;
        this.digest = digest;
        this.sampleCheck = sampleCheck;
    }

    @Scheduled(cron = "${portal.notifications.send-cron:0 * * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "PT5M")
    public void sendDue() {
        int sent = sender.sendDue();
        if (sent > 0) {
            log.info("Outbox: {} sent", Plural.of(sent, "mail"));
        }
    }

    @Scheduled(cron = "${portal.notifications.digest-cron:0 0 17 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notification-outcome-digest")
    public void outcomeDigest() {
        log.info("Outcome digest: {} written", Plural.of(digest.run(), "mail"));
    }

    @Scheduled(cron = "${portal.notifications.sample-check-cron:0 30 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "notification-sample-check")
    public void missingSamples() {
        log.info("Missing weekly samples: {} written", Plural.of(sampleCheck.run(), "mail"));
    }

    @Scheduled(cron = "${portal.notifications.appeal-deadline-cron:0 45 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "notification-appeal-deadline")
    public void appealDeadlines() {
        log.info("Appeal windows closing: {} written", Plural.of(appealDeadlines.run(), "mail"));
    }

    @Scheduled(cron = "${portal.notifications.return-reminder-cron:0 50 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "notification-return-reminder")
    public void returnReminders() {
        log.info("Contract return reminders: {} written", Plural.of(returnReminders.run(), "mail"));
    }
}
