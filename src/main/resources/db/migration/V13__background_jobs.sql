-- Long work a person starts (a bulk submission) runs as a background job: who started it, for which organisation,
-- its status, progress and result, so it survives the person leaving the page. Instants are UTC.
CREATE TABLE background_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    owner_user_id   BIGINT        NOT NULL,
    owner_name      VARCHAR(200)  NOT NULL,
    organisation_id BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    description     VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    done_count      INT           NOT NULL,
    total_count     INT           NOT NULL,
    result          VARCHAR(2000),
    queued_at       DATETIME(6)   NOT NULL,
    started_at      DATETIME(6),
    finished_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_background_job_owner FOREIGN KEY (owner_user_id) REFERENCES portal_user (id),
    CONSTRAINT fk_background_job_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_background_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX ix_background_job_recent ON background_job (organisation_id, kind, queued_at);
CREATE INDEX ix_background_job_status ON background_job (status);
