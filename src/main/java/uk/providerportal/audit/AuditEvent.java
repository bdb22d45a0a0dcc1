package uk.providerportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", updatable = false)
    private @Nullable Long actorUserId;

    @Size(max = 200)
    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "actor_organisation_id", updatable = false)
    private @Nullable Long actorOrganisationId;

    @Size(max = 64)
    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Size(max = 64)
    @Column(name = "entity_type", updatable = false, length = 64)
    private @Nullable String entityType;

    @Size(max = 64)
    @Column(name = "entity_id", updatable = false, length = 64)
    private @Nullable String entityId;

    @Size(max = 2000)
    @Column(nullable = false, updatable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.action = "";
        this.summary = "";
        this.outcome = AuditOutcome.DONE;
    }

    AuditEvent(Instant occurredAt, Actor actor, String action, @Nullable String entityType,
               @Nullable String entityId, String summary, AuditOutcome outcome) {
        this.occurredAt = occurredAt;
        this.actorUserId = actor.userId();
        this.actorName = truncate(actor.name(), 200);
        this.actorOrganisationId = actor.organisationId();
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId == null ? null : truncate(entityId, 64);
        this.summary = truncate(summary, 2000);
        this.outcome = outcome;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(java.util.Objects.requireNonNull(id), occurredAt, actorUserId, actorName,
                actorOrganisationId, action, entityType, entityId, summary, outcome);
    }
}
