-- Notifications (issue 12, item 10). Every mail is a row of the outbox, written in the same transaction as the change
-- that causes it, and sent after commit; a mail is claimed (status SENDING) before it is sent and marked SENT in its
-- own transaction, so a mail server outage loses nothing and a mail is sent at most once.
CREATE TABLE notification_outbox (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    notice_kind       VARCHAR(32)   NOT NULL,
    -- What the mail is about, e.g. KPI_PUBLISHED:12:2027-09; with the recipient it is unique (no notice twice).
    notice_key        VARCHAR(150)  NOT NULL,
    recipient_user_id BIGINT        NOT NULL,
    recipient_name    VARCHAR(200)  NOT NULL,
    recipient_email   VARCHAR(320)  NOT NULL,
    organisation_id   BIGINT        NULL,
    subject           VARCHAR(255)  NOT NULL,
    body              TEXT          NOT NULL,
    -- WAITING, SENDING, SENT, FAILED, NOT_SENT (no mail server configured)
    status            VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    next_attempt_at   DATETIME(6)   NOT NULL,
    claimed_until     DATETIME(6)   NULL,
    sent_at           DATETIME(6)   NULL,
    last_error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_notice_recipient UNIQUE (notice_key, recipient_user_id),
    CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_user_id) REFERENCES portal_user (id)
);
CREATE INDEX ix_outbox_status_due ON notification_outbox (status, next_attempt_at);

-- A person's choice per notice kind; no row means on.
CREATE TABLE notification_preference (
    user_id     BIGINT      NOT NULL,
    notice_kind VARCHAR(32) NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, notice_kind),
    CONSTRAINT fk_preference_user FOREIGN KEY (user_id) REFERENCES portal_user (id)
);

-- Released outcomes waiting for their organisation's daily digest (one mail a day, not one per case). Written in the
-- release's transaction; the digest job writes the outbox rows and marks the items with the digest's key.
CREATE TABLE notification_released_outcome (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    case_id         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    reference       VARCHAR(60)  NOT NULL,
    round_month     DATE         NOT NULL,
    released_at     DATETIME(6)  NOT NULL,
    digest_key      VARCHAR(150) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_released_outcome_case UNIQUE (case_id)
);
CREATE INDEX ix_released_outcome_digest ON notification_released_outcome (digest_key, organisation_id);

-- The missing-sample check has looked at this organisation's week (once per organisation and week).
CREATE TABLE notification_sample_check (
    organisation_id BIGINT      NOT NULL,
    week_starts_on  DATE        NOT NULL,
    expected        INT         NOT NULL,
    received        INT         NOT NULL,
    checked_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (organisation_id, week_starts_on)
);
