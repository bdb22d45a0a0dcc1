-- The numbered standards cases are assessed against (1a, 1b, ... 1f, ...), per programme and versioned by
-- effective date: past assessments keep the standards they were made against.
CREATE TABLE standard_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    programme_id    BIGINT        NOT NULL,
    code            VARCHAR(8)    NOT NULL,
    effective_from  DATE          NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    customer_impact BOOLEAN       NOT NULL,
    retired         BOOLEAN       NOT NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_standard_version UNIQUE (programme_id, code, effective_from),
    CONSTRAINT fk_standard_version_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_standard_version_lookup ON standard_version (programme_id, effective_from);
