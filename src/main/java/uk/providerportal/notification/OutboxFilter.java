package uk.providerportal.notification;

import org.jspecify.annotations.Nullable;

/** The outbox view's filters; null or blank means any. {@code text} matches the recipient or the subject. */
public record OutboxFilter(@Nullable MailStatus status, @Nullable NoticeKind kind, @Nullable String text) {

    public static OutboxFilter all() {
        return new OutboxFilter(null, null, null);
    }
}
