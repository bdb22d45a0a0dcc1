-- Calibration exercises (issue 11, item 10): several assessors score the same case blind, against the standards in
-- force when the exercise was set up; then everyone in it sees the agreement per standard and discusses.
-- Plain SQL that MariaDB and MySQL 8.4 both accept.

-- One exercise on one case. status: SCORING (answers hidden from everyone), DISCUSSION (results open), CLOSED.
CREATE TABLE calibration_exercise (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    case_sample_id      BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    programme_id        BIGINT        NOT NULL,
    case_reference      VARCHAR(100)  NOT NULL,
    standards_on        DATE          NOT NULL,
    due_on              DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    set_up_by           VARCHAR(200)  NOT NULL,
    set_up_at           DATETIME(6)   NOT NULL,
    results_opened_at   DATETIME(6),
    closed_by           VARCHAR(200),
    closed_at           DATETIME(6),
    discussion_notes    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_calibration_exercise_case FOREIGN KEY (case_sample_id) REFERENCES case_sample (id),
    CONSTRAINT fk_calibration_exercise_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_calibration_exercise_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_calibration_exercise_case ON calibration_exercise (case_sample_id, status);

-- One invited assessor's blind scorecard of the exercise's case.
CREATE TABLE calibration_participant (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    exercise_id       BIGINT        NOT NULL,
    assessor_id       BIGINT        NOT NULL,
    assessor_name     VARCHAR(200)  NOT NULL,
    saved_at          DATETIME(6),
    submitted_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_calibration_participant UNIQUE (exercise_id, assessor_id),
    CONSTRAINT fk_calibration_participant_exercise FOREIGN KEY (exercise_id) REFERENCES calibration_exercise (id),
    CONSTRAINT fk_calibration_participant_assessor FOREIGN KEY (assessor_id) REFERENCES portal_user (id)
);
CREATE INDEX ix_calibration_participant_assessor ON calibration_participant (assessor_id, exercise_id);

-- One standard of a participant's blind scorecard: the exact version, and what they found.
CREATE TABLE calibration_answer (
    participant_id      BIGINT       NOT NULL,
    position            INT          NOT NULL,
    standard_version_id BIGINT       NOT NULL,
    outcome             VARCHAR(20),
    impact              VARCHAR(30),
    note                VARCHAR(500),
    PRIMARY KEY (participant_id, position),
    CONSTRAINT fk_calibration_answer_participant FOREIGN KEY (participant_id) REFERENCES calibration_participant (id),
    CONSTRAINT fk_calibration_answer_standard FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
);
