package uk.providerportal.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.Plural;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;

/**
 * The notification feature's API: admins read the outbox (every mail, sent or not), send a mail again and run the
 * digest or the missing-sample check now; everyone chooses which notices they get.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final String ENTITY = "Mail";

    private final Outbox outbox;
    private final OutboxSender sender;
    private final Preferences preferences;
    private final OutcomeDigest digest;
    private final MissingSampleCheck sampleCheck;
    private final AppealDeadlineCheck appealDeadlineCheck;
    private final ReturnReminderCheck returnReminderCheck;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    NotificationService(Outbox outbox, OutboxSender sender, Preferences preferences, OutcomeDigest digest,
                        MissingSampleCheck sampleCheck, AppealDeadlineCheck appealDeadlineCheck,
                        ReturnReminderCheck returnReminderCheck, CurrentUser currentUser, AuditLog auditLog,
                        Clock clock) {
        this.appealDeadlineCheck = appealDeadlineCheck;
        this.returnReminderCheck = returnReminderCheck;
        this.outbox = outbox;
        this.sender = sender;
        this.preferences = preferences;
        this.digest = digest;
        this.sampleCheck = sampleCheck;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- the outbox ----------------------------------------------------------------------------------------

    /** The outbox a page at a time, newest first unless sorted otherwise. */
    @PreAuthorize(Access.ADMIN)
    public List<OutboxMail> outbox(OutboxFilter filter, Pageable pageable) {
        return outbox.search(filter, pageable);
    }

    @PreAuthorize(Access.ADMIN)
    public long countOutbox(OutboxFilter filter) {
        return outbox.count(filter);
    }

    /** How many mails stand at each status. */
    @PreAuthorize(Access.ADMIN)
    public Map<MailStatus, Long> outboxCounts() {
        return outbox.countsByStatus();
    }

    /** One mail as it was (or will be) sent: subject, recipient and body. */
    @PreAuthorize(Access.ADMIN)
    public OutboxMail mail(long id) {
        return outbox.find(id).orElseThrow(() -> new ItemNotFoundException(ENTITY + " " + id));
    }

    /** Whether mails leave the portal: false on the embedded demo, where they are kept here to be read. */
    @PreAuthorize(Access.ADMIN)
    public boolean mailServerConfigured() {
        return sender.mailServerConfigured();
    }

    /**
     * Sends a mail that failed, was kept for want of a mail server, or waits for a retry, now (its attempts counted
     * afresh). A sent mail is never sent again, nor one being sent.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OutboxMail sendAgain(long id) {
        OutboxMail mail = mail(id);
        if (mail.status() == MailStatus.SENT) {
            throw new ChangeRefused("status", "This mail was sent on " + DateFormats.dateTime(
                    java.util.Objects.requireNonNull(mail.sentAt())) + "; the portal never sends a mail twice.");
        }
        if (!outbox.sendAgain(id, clock.instant())) {
            throw new ChangeRefused("status", "This mail is being sent right now; look again in a moment.");
        }
        auditLog.record("MAIL_SEND_AGAIN", ENTITY, id, "Asked to send mail " + id + " (\"" + mail.subject()
                + "\" to " + mail.recipientEmail() + ") again; it was " + mail.status().label().toLowerCase()
                + " after " + Plural.of(mail.attempts(), "attempt")
                + (mail.lastError() == null ? "" : " (last error: " + Outbox.cut(mail.lastError(), 200) + ")"));
        return mail(id);
    }

    /** Writes the digest of outcomes released since the last one now, rather than at the evening run. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int runOutcomeDigest() {
        int mails = digest.run();
        auditLog.record("OUTCOME_DIGEST_RUN", ENTITY, null, "Ran the released-outcomes digest by hand: "
                + Plural.of(mails, "mail") + " written");
        return mails;
    }

    /** Checks now for weeks that ended without their agreed sample, rather than at the morning run. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int checkMissingSamples() {
        int mails = sampleCheck.run();
        auditLog.record("SAMPLE_CHECK_RUN", ENTITY, null, "Ran the missing weekly sample check by hand: "
                + Plural.of(mails, "mail") + " written");
        return mails;
    }

    /** Checks now for appeal windows closing in two working days, rather than at the morning run. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int checkAppealDeadlines() {
        int mails = appealDeadlineCheck.run();
        auditLog.record("APPEAL_DEADLINE_CHECK_RUN", ENTITY, null, "Ran the appeal deadline check by hand: "
                + Plural.of(mails, "mail") + " written");
        return mails;
    }

    /** Checks now for contract returns due soon or missing, rather than at the morning run. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int checkReturnReminders() {
        int mails = returnReminderCheck.run();
        auditLog.record("RETURN_REMINDER_CHECK_RUN", ENTITY, null, "Ran the contract return reminders by hand: "
                + Plural.of(mails, "mail") + " written");
        return mails;
    }

    // --- everyone's settings -------------------------------------------------------------------------------

    /** The signed-in person's notices, each on unless they turned it off. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<NoticeSetting> mySettings() {
        return preferences.of(currentUser.require().userId()).entrySet().stream()
                .map(entry -> new NoticeSetting(entry.getKey(), entry.getValue())).toList();
    }

    /** Keeps the signed-in person's choice: the notices in {@code enabled} on, every other off. */
    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public List<NoticeSetting> saveMySettings(Set<NoticeKind> enabled) {
        long userId = currentUser.require().userId();
        Map<NoticeKind, Boolean> before = preferences.of(userId);
        Map<NoticeKind, Boolean> after = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            after.put(kind, enabled.contains(kind));
        }
        if (!after.equals(before)) {
            preferences.save(userId, after, clock.instant());
            auditLog.record("NOTIFICATION_SETTINGS_CHANGED", "User", userId, "Notices on: " + describe(after, true)
                    + "; off: " + describe(after, false));
        }
        return mySettings();
    }

    private static String describe(Map<NoticeKind, Boolean> settings, boolean enabled) {
        var kinds = settings.entrySet().stream().filter(entry -> entry.getValue() == enabled)
                .map(entry -> entry.getKey().label()).toList();
        return kinds.isEmpty() ? "none" : String.join(", ", kinds);
    }
}
