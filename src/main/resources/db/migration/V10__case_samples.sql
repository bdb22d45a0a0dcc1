-- Case samples submitted by delivery partners, their case record files, and the quality team's intake (seed 001).

-- One row per organisation, locked while a case is filed, so parallel submissions never overfill a month folder.
CREATE TABLE submission_lock (
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_submission_lock_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE case_sample (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    organisation_id     BIGINT       NOT NULL,
    reference           VARCHAR(60)  NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    completed_on        DATE         NOT NULL,
    total_call_minutes  INT          NOT NULL,
    submitted_at        DATETIME(6)  NOT NULL,
    submitted_on        DATE         NOT NULL,
    submitted_by        VARCHAR(200) NOT NULL,
    submission_month    DATE         NOT NULL,
    folder_month        DATE         NOT NULL,
    sample_week         INT          NOT NULL,
    week_ends_on        DATE         NOT NULL,
    late                BOOLEAN      NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    assessment_month    DATE         NOT NULL,
    rolled_over_from    DATE,
    assessor_id         BIGINT,
    assessor_name       VARCHAR(200),
    assigned_at         DATETIME(6),
    withdrawn_at        DATETIME(6),
    withdrawn_reason    VARCHAR(500),
    -- Only a case that is not withdrawn holds its reference: a withdrawn case may be submitted again.
    live_reference      VARCHAR(60)  GENERATED ALWAYS AS (CASE WHEN status = 'WITHDRAWN' THEN NULL ELSE reference END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_sample_reference UNIQUE (organisation_id, live_reference),
    CONSTRAINT fk_case_sample_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_case_sample_assessor FOREIGN KEY (assessor_id) REFERENCES portal_user (id),
    CONSTRAINT ck_case_sample_week CHECK (sample_week >= 1)
);
CREATE INDEX ix_case_sample_folder ON case_sample (organisation_id, folder_month, status);
CREATE INDEX ix_case_sample_queue ON case_sample (assessment_month, status, late, folder_month, sample_week, submitted_at);
CREATE INDEX ix_case_sample_assessor ON case_sample (assessor_id, assessment_month, status);

CREATE TABLE case_sample_call (
    case_sample_id BIGINT NOT NULL,
    position       INT    NOT NULL,
    minutes        INT    NOT NULL,
    PRIMARY KEY (case_sample_id, position),
    CONSTRAINT fk_case_sample_call_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id)
);

CREATE TABLE case_record_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    case_sample_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    storage_key    VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_record_file_key UNIQUE (storage_key),
    CONSTRAINT fk_case_record_file_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id)
);

-- An assessor cannot assess a delivery partner they have a declared conflict of interest with.
CREATE TABLE assessor_conflict (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    assessor_id     BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    declared_by     VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessor_conflict UNIQUE (assessor_id, organisation_id),
    CONSTRAINT fk_assessor_conflict_assessor FOREIGN KEY (assessor_id) REFERENCES portal_user (id),
    CONSTRAINT fk_assessor_conflict_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- One row per closed assessment round: the roll-over of its unassessed cases happens once, on any instance.
CREATE TABLE roll_over (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    closed_month DATE         NOT NULL,
    ran_at       DATETIME(6)  NOT NULL,
    ran_by       VARCHAR(200) NOT NULL,
    cases_moved  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_roll_over_month UNIQUE (closed_month)
);
