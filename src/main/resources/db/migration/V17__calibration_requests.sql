-- Calibration requests and the month lock (issue 11, items 9 and 10). SQL that MariaDB 11 and MySQL 8.4 both accept.

-- A provider's request for a calibration session on one of its released cases (case_sample_id set) or on a month's
-- released outcomes as a whole (case_sample_id empty). The quality team schedules a session or answers in writing,
-- then closes it. Each step keeps who and when; the audit trail holds every move as well.
CREATE TABLE calibration_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    case_sample_id    BIGINT,
    case_reference    VARCHAR(60),
    round_month       DATE          NOT NULL,
    topic             VARCHAR(1000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_by_id   BIGINT        NOT NULL,
    requested_by_name VARCHAR(200)  NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    session_at        DATETIME(6),
    session_kind      VARCHAR(20),
    session_where     VARCHAR(500),
    scheduled_by_name VARCHAR(200),
    scheduled_at      DATETIME(6),
    answer            VARCHAR(4000),
    answered_by_name  VARCHAR(200),
    answered_at       DATETIME(6),
    closing_note      VARCHAR(1000),
    closed_by_name    VARCHAR(200),
    closed_at         DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_calibration_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_calibration_request_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id),
    CONSTRAINT fk_calibration_request_user FOREIGN KEY (requested_by_id) REFERENCES portal_user (id)
);
CREATE INDEX ix_calibration_request_status ON calibration_request (status, requested_at);
CREATE INDEX ix_calibration_request_organisation ON calibration_request (organisation_id, requested_at);
CREATE INDEX ix_calibration_request_case ON calibration_request (case_sample_id);

-- A quality manager's lock of an assessment month's outcomes after calibration. A month has at most one lock; once
-- locked, assessors can no longer save or submit its scorecards, and moderation or amendment needs a quality
-- manager's reason.
CREATE TABLE outcome_lock (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    round_month    DATE          NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    locked_by_id   BIGINT        NOT NULL,
    locked_by_name VARCHAR(200)  NOT NULL,
    locked_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outcome_lock_month UNIQUE (round_month),
    CONSTRAINT fk_outcome_lock_user FOREIGN KEY (locked_by_id) REFERENCES portal_user (id)
);

-- A quality manager's amendment of a released outcome, kept on the outcome beside the assessor's and the
-- moderator's (neither is overwritten), with its reason, who and when. The latest amendment is the outcome that
-- stands; every amendment is in the audit trail with its reason and what it replaced.
ALTER TABLE assessment_outcome
    ADD COLUMN amended_outcome  VARCHAR(20),
    ADD COLUMN amended_impact   VARCHAR(30),
    ADD COLUMN amended_note     VARCHAR(500),
    ADD COLUMN amendment_reason VARCHAR(500),
    ADD COLUMN amended_by_name  VARCHAR(200),
    ADD COLUMN amended_at       DATETIME(6);
