-- Appeals (issue 13). SQL that MariaDB 11 and MySQL 8.4 both accept.

-- A delivery partner's appeal against a month's KPI: at most one per organisation and month. A draft is edited
-- until it is lodged within the window; a quality manager then assigns an independent reviewer, whose decision is
-- final. Each step keeps who and when; the audit trail holds every move as well.
CREATE TABLE appeal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    round_month       DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    policy_name       VARCHAR(200)  NOT NULL,
    saved_by_name     VARCHAR(200)  NOT NULL,
    saved_at          DATETIME(6)   NOT NULL,
    lodged_by_name    VARCHAR(200),
    lodged_at         DATETIME(6),
    reviewer_id       BIGINT,
    reviewer_name     VARCHAR(200),
    assigned_by_name  VARCHAR(200),
    assigned_at       DATETIME(6),
    decision_due      DATE,
    decided_by_name   VARCHAR(200),
    decided_at        DATETIME(6),
    decision_summary  VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_appeal_month UNIQUE (organisation_id, round_month),
    CONSTRAINT fk_appeal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_appeal_reviewer FOREIGN KEY (reviewer_id) REFERENCES portal_user (id)
);
CREATE INDEX ix_appeal_status ON appeal (status, decision_due);

-- One appealed standard of a counted case, with the provider's rationale and, once decided, the reviewer's decision.
CREATE TABLE appeal_item (
    appeal_id           BIGINT        NOT NULL,
    case_sample_id      BIGINT        NOT NULL,
    standard_version_id BIGINT        NOT NULL,
    case_reference      VARCHAR(60)   NOT NULL,
    standard_code       VARCHAR(8)    NOT NULL,
    rationale           VARCHAR(4000) NOT NULL,
    decision            VARCHAR(20),
    decision_reason     VARCHAR(2000),
    PRIMARY KEY (appeal_id, case_sample_id, standard_version_id),
    CONSTRAINT fk_appeal_item_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    CONSTRAINT fk_appeal_item_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id),
    CONSTRAINT fk_appeal_item_standard FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
);

-- Evidence files of an appealed standard, stored like case records: under a generated key, with who uploaded it.
CREATE TABLE appeal_evidence (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    appeal_id           BIGINT        NOT NULL,
    case_sample_id      BIGINT        NOT NULL,
    standard_version_id BIGINT        NOT NULL,
    file_name           VARCHAR(200)  NOT NULL,
    storage_key         VARCHAR(100)  NOT NULL,
    content_type        VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    uploaded_by_name    VARCHAR(200)  NOT NULL,
    uploaded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_appeal_evidence_key UNIQUE (storage_key),
    CONSTRAINT fk_appeal_evidence_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
);
CREATE INDEX ix_appeal_evidence_item ON appeal_evidence (appeal_id, case_sample_id, standard_version_id);
