-- Moderation and release (issue 11, items 5, 6 and 8): the rate per assessment month, which scorecards were picked,
-- the moderator's outcomes kept beside the assessor's, and when each case was released to its provider.

-- A quality manager's moderation rate for an assessment month (a month without a row uses the default, 10%).
CREATE TABLE moderation_rate (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    round_month   DATE         NOT NULL,
    rate_percent  INT          NOT NULL,
    set_by        VARCHAR(200) NOT NULL,
    set_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_moderation_rate_month UNIQUE (round_month),
    CONSTRAINT ck_moderation_rate_percent CHECK (rate_percent BETWEEN 0 AND 100)
);

-- The scorecard's round (to count an assessor's picks per month), whether it was picked, who moderated it and when,
-- and when the case was released.
ALTER TABLE assessment
    ADD COLUMN round_month        DATE,
    ADD COLUMN picked             BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN moderated_by_id    BIGINT,
    ADD COLUMN moderated_by_name  VARCHAR(200),
    ADD COLUMN moderated_at       DATETIME(6),
    ADD COLUMN released_at        DATETIME(6);
UPDATE assessment a JOIN case_sample c ON c.id = a.case_sample_id SET a.round_month = c.assessment_month;
-- Scorecards submitted before moderation existed wait for it (V14 left them submitted for moderation).
UPDATE assessment a JOIN case_sample c ON c.id = a.case_sample_id SET a.picked = TRUE
    WHERE a.status = 'SUBMITTED' AND c.status = 'SUBMITTED_FOR_MODERATION';
CREATE INDEX ix_assessment_picks ON assessment (round_month, assessor_id, picked);
CREATE INDEX ix_assessment_released ON assessment (organisation_id, round_month, released_at);

-- The moderator's outcome of a standard, only where it differs from the assessor's, with the (internal) reason.
-- The assessor's columns are never written by moderation.
ALTER TABLE assessment_outcome
    ADD COLUMN moderated_outcome VARCHAR(20),
    ADD COLUMN moderated_impact  VARCHAR(30),
    ADD COLUMN moderated_note    VARCHAR(500),
    ADD COLUMN moderation_reason VARCHAR(500);
