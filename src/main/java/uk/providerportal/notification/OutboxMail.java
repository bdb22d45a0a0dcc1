package uk.providerportal.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail of the outbox as an admin reads it. */
public record OutboxMail(long id, NoticeKind kind, String noticeKey, MailStatus status, String recipientName,
                         String recipientEmail, @Nullable Long organisationId, String subject, String body,
                         int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt,
                         @Nullable String lastError) {
}
