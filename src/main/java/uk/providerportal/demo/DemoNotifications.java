package uk.providerportal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.providerportal.notification.NotificationService;

/**
 * Mails in the demo's outbox, from the demo's own events: the outcomes the seeding released (Midlands Debt Trust's
 * and Northgate's) go out as each organisation's digest straight away rather than at 17:00, and this month's weeks
 * that ended short of their agreed sample are noticed. Without a mail server they stay in the outbox, readable
 * there (Alex Reid, Outbox).
 */
@Component
class DemoNotifications {

    private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);

    private final NotificationService notifications;

    DemoNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    void seed() {
        int digests = notifications.runOutcomeDigest();
        int samples = notifications.checkMissingSamples();
        log.info("Demo outbox: {} outcome digest mails, {} missing-sample mails", digests, samples);
    }
}
