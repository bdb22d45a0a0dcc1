package uk.providerportal.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the outbox's due mails: right after a transaction that wrote mails commits (on a background thread, so
 * nobody waits for the mail server), and from the retry poller. Each mail is claimed first (one sender wins, across
 * threads and instances), then sent, then marked sent or failed in its own statement.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;
    /** Longer than any send may take (the SMTP timeouts are seconds): an older claim means its sender stopped. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final String from;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("outbox-sender").factory());
    private final AtomicBoolean kicked = new AtomicBoolean();

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock,
               @Value("${portal.notifications.from:Provider Portal <no-reply@provider-portal.example>}") String from,
               @Value("${portal.notifications.retry.first-wait:PT1M}") Duration firstWait,
               @Value("${portal.notifications.retry.longest-wait:PT1H}") Duration longestWait,
               @Value("${portal.notifications.retry.max-attempts:20}") int maxAttempts) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.retryPolicy = new RetryPolicy(firstWait, longestWait, maxAttempts);
    }

    /** Whether mails can leave the portal at all (spring.mail.host is set). */
    boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** After a transaction that wrote mails commits: send what is due, in the background. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(Outbox.MailQueued queued) {
        kick();
    }

    /** Starts one background run unless one is already waiting to start (many commits, one run). */
    void kick() {
        if (kicked.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    kicked.set(false);
                    try {
                        sendDue();
                    } catch (RuntimeException e) {
                        log.warn("Sending the outbox failed; the retry poller tries again", e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // The portal is stopping: the mails are in the outbox, and the poller sends them after the restart.
                kicked.set(false);
            }
        }
    }

    /** Sends every due mail; returns how many were sent now. */
    int sendDue() {
        Instant now = clock.instant();
        int interrupted = outbox.failInterrupted(now);
        if (interrupted > 0) {
            log.warn("{} mails were being sent when a sender stopped; marked failed (they may have been delivered)",
                    interrupted);
        }
        int sent = 0;
        List<Long> due;
        do {
            due = outbox.dueIds(now, BATCH);
            for (long id : due) {
                sent += sendOne(id, now) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean sendOne(long id, Instant now) {
        if (!outbox.claim(id, now, now.plus(CLAIM))) {
            return false;
        }
        OutboxMail mail = outbox.find(id).orElseThrow();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            outbox.markNotSent(id);
            return false;
        }
        try {
            sender.send(message(sender, mail));
            outbox.markSent(id, clock.instant());
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            int failed = mail.attempts() + 1;
            Instant next = retryPolicy.nextAttempt(failed, clock.instant());
            outbox.markAttemptFailed(id, describe(e), next);
            log.info("Mail {} to {} not sent (attempt {}): {}; {}", id, mail.recipientEmail(), failed, describe(e),
                    next == null ? "marked failed" : "next attempt at " + next);
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(mail.recipientEmail(), mail.recipientName(), "UTF-8"));
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // Lets a support desk match a received mail to its outbox row.
        message.setHeader("X-Provider-Portal-Mail", String.valueOf(mail.id()));
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && text.length() < 900) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            cause = cause.getCause();
        }
        return text.toString();
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
