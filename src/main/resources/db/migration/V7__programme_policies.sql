-- Effective-dated rules per programme: the KPI policy, the appeal policy and the submission rules. A rule holds
-- from its effective date until the next version's; past assessments keep the rule they were made under.
CREATE TABLE kpi_policy (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    programme_id         BIGINT        NOT NULL,
    effective_from       DATE          NOT NULL,
    kpi_target           DECIMAL(5, 2) NOT NULL,
    case_pass_mark       DECIMAL(5, 2) NOT NULL,
    method               VARCHAR(40)   NOT NULL,
    good_from            DECIMAL(5, 2) NOT NULL,
    near_target_from     DECIMAL(5, 2) NOT NULL,
    needs_improvement_from DECIMAL(5, 2) NOT NULL,
    changed_by           VARCHAR(200)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kpi_policy UNIQUE (programme_id, effective_from),
    CONSTRAINT fk_kpi_policy_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE appeal_policy (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    version                   BIGINT       NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    programme_id              BIGINT       NOT NULL,
    effective_from            DATE         NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    only_below_kpi_target     BOOLEAN      NOT NULL,
    only_cases_below_pass_mark BOOLEAN     NOT NULL,
    only_disputed_standards   BOOLEAN      NOT NULL,
    only_if_target_reachable  BOOLEAN      NOT NULL,
    changed_by                VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_appeal_policy UNIQUE (programme_id, effective_from),
    CONSTRAINT fk_appeal_policy_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

CREATE TABLE submission_rule (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    version                  BIGINT       NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    programme_id             BIGINT       NOT NULL,
    effective_from           DATE         NOT NULL,
    max_linked_call_minutes  INT          NOT NULL,
    completion_months_back   INT          NOT NULL,
    allowed_file_types       VARCHAR(500) NOT NULL,
    max_file_size_mb         INT          NOT NULL,
    changed_by               VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_submission_rule UNIQUE (programme_id, effective_from),
    CONSTRAINT fk_submission_rule_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
