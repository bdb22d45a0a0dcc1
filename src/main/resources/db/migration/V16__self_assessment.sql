-- Self-assessment (issue 11, item 7): a provider's own outcome per standard for each of its cases, met / not met /
-- not applicable, recorded in the portal or through the Excel template. The appeal rules later compare it with the
-- assessor's outcome standard by standard, so each answer keeps the standard's code and the exact version answered.

-- One self-assessment per case, made on its first save; folder_month is the month folder the case is filed under.
CREATE TABLE self_assessment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    case_sample_id   BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    folder_month     DATE         NOT NULL,
    saved_at         DATETIME(6)  NOT NULL,
    saved_by         VARCHAR(200) NOT NULL,
    saved_through    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_self_assessment_case UNIQUE (case_sample_id),
    CONSTRAINT fk_self_assessment_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id),
    CONSTRAINT fk_self_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_self_assessment_month ON self_assessment (organisation_id, folder_month);

-- One row per answered standard: its code (what the appeal rules compare by) and the version that was answered.
-- A standard left unanswered has no row.
CREATE TABLE self_assessment_outcome (
    self_assessment_id   BIGINT      NOT NULL,
    standard_code        VARCHAR(8)  NOT NULL,
    standard_version_id  BIGINT      NOT NULL,
    outcome              VARCHAR(20) NOT NULL,
    PRIMARY KEY (self_assessment_id, standard_code),
    CONSTRAINT fk_self_assessment_outcome_self_assessment FOREIGN KEY (self_assessment_id)
        REFERENCES self_assessment (id),
    CONSTRAINT fk_self_assessment_outcome_standard FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
);
