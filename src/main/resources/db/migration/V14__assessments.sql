-- Independent quality assessment (issue 11, part A): an assessor's scorecard per case, one outcome per standard.

-- The case cycle gains moderation: ASSESSED becomes SUBMITTED_FOR_MODERATION and PUBLISHED becomes RELEASED.
ALTER TABLE case_sample MODIFY status VARCHAR(30) NOT NULL;
UPDATE case_sample SET status = 'SUBMITTED_FOR_MODERATION' WHERE status = 'ASSESSED';
UPDATE case_sample SET status = 'RELEASED' WHERE status = 'PUBLISHED';

-- One scorecard per case. assessed_on fixes the catalogue date: its standards are those in force that day.
CREATE TABLE assessment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    case_sample_id    BIGINT        NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    programme_id      BIGINT        NOT NULL,
    assessor_id       BIGINT        NOT NULL,
    assessor_name     VARCHAR(200)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    assessed_on       DATE          NOT NULL,
    commentary        VARCHAR(4000) NOT NULL,
    started_at        DATETIME(6)   NOT NULL,
    saved_at          DATETIME(6)   NOT NULL,
    saved_by          VARCHAR(200)  NOT NULL,
    submitted_at      DATETIME(6),
    met               INT           NOT NULL,
    not_met           INT           NOT NULL,
    not_applicable    INT           NOT NULL,
    standards         INT           NOT NULL,
    score_percent     DECIMAL(4, 1),
    pass_mark         DECIMAL(5, 2),
    passed            BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_case UNIQUE (case_sample_id),
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id),
    CONSTRAINT fk_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assessment_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES portal_user (id)
);
CREATE INDEX ix_assessment_assessor ON assessment (assessor_id, status);

-- One row per standard the case is scored against, pointing at the exact version that was in force.
CREATE TABLE assessment_outcome (
    assessment_id       BIGINT       NOT NULL,
    position            INT          NOT NULL,
    standard_version_id BIGINT       NOT NULL,
    outcome             VARCHAR(20),
    impact              VARCHAR(30),
    note                VARCHAR(500),
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_assessment_outcome_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_outcome_standard FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
);
