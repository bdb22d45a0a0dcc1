package uk.providerportal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit line as views and exports see it. */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorUserId, String actorName,
                         @Nullable Long actorOrganisationId, String action, @Nullable String entityType,
                         @Nullable String entityId, String summary, AuditOutcome outcome) {
}
