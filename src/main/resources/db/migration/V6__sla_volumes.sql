-- Agreed sample volumes per delivery partner per month (seed 001: e.g. 20 a month, 6 a week), with their history.
CREATE TABLE sla_volume (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    version         BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    organisation_id BIGINT      NOT NULL,
    month_start     DATE        NOT NULL,
    monthly_volume  INT         NOT NULL,
    weekly_volume   INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sla_volume UNIQUE (organisation_id, month_start),
    CONSTRAINT fk_sla_volume_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_sla_volume_positive CHECK (monthly_volume >= 0 AND weekly_volume >= 0)
);

CREATE TABLE sla_volume_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    month_start     DATE          NOT NULL,
    monthly_volume  INT           NOT NULL,
    weekly_volume   INT           NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    source          VARCHAR(300)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sla_volume_history_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_sla_volume_history ON sla_volume_history (organisation_id, month_start, changed_at);
