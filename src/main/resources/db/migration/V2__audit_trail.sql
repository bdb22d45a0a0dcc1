-- Append-only audit trail: who (user, organisation), what (action, entity, summary), when (UTC), outcome.
CREATE TABLE audit_event (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at           DATETIME(6)   NOT NULL,
    actor_user_id         BIGINT        NULL,
    actor_name            VARCHAR(200)  NOT NULL,
    actor_organisation_id BIGINT        NULL,
    action                VARCHAR(64)   NOT NULL,
    entity_type           VARCHAR(64)   NULL,
    entity_id             VARCHAR(64)   NULL,
    summary               VARCHAR(2000) NOT NULL,
    outcome               VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('DONE', 'DENIED', 'FAILED'))
);

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_user_id, occurred_at);
CREATE INDEX ix_audit_event_organisation ON audit_event (actor_organisation_id, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
