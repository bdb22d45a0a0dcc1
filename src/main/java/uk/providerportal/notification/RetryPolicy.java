package uk.providerportal.notification;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a mail that could not be sent is tried again: the wait doubles from {@code firstWait} after each failed
 * attempt, up to {@code longestWait}; after {@code maxAttempts} failed attempts the mail is marked failed (it stays
 * in the outbox, where an admin can send it again). With the defaults (1 minute, 1 hour, 20 attempts) a mail server
 * may be down for about 15 hours before anything is marked failed.
 */
record RetryPolicy(Duration firstWait, Duration longestWait, int maxAttempts) {

    RetryPolicy {
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry policy needs 0 < first wait <= longest wait and at least one "
                    + "attempt");
        }
    }

    static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 20);
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    Duration waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** When to try again after this many failed attempts, or {@code null} when the mail has failed for good. */
    @Nullable Instant nextAttempt(int failedAttempts, Instant failedAt) {
        return failedAttempts >= maxAttempts ? null : failedAt.plus(waitAfter(failedAttempts));
    }
}
