-- Provider action plans, intervention levels and assurance reviews (issue 15, items 5 to 7). SQL that MariaDB 11 and
-- MySQL 8.4 both accept. A "contract" is a delivery partner organisation: each organisation has exactly one programme.

-- One row per contract: its current intervention level and its provider action plan (the flight path a level 2 or
-- higher asks for). The version guards every change to the level, the plan and its comments together.
CREATE TABLE performance_contract (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    intervention_level VARCHAR(20)   NOT NULL,
    plan_number        INT           NOT NULL,
    flight_path        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_performance_contract_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_performance_contract_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The plan's SMART actions as they stand now.
CREATE TABLE performance_action (
    contract_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    what        VARCHAR(1000) NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    measure     VARCHAR(1000) NOT NULL,
    due_on      DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (contract_id, position),
    CONSTRAINT fk_performance_action_contract FOREIGN KEY (contract_id) REFERENCES performance_contract (id)
        ON DELETE CASCADE
);

-- Milestones with targets of the actions above, by the action's number (1, 2, ...).
CREATE TABLE performance_milestone (
    contract_id   BIGINT       NOT NULL,
    position      INT          NOT NULL,
    action_number INT          NOT NULL,
    due_on        DATE         NOT NULL,
    target        VARCHAR(500) NOT NULL,
    PRIMARY KEY (contract_id, position),
    CONSTRAINT fk_performance_milestone_contract FOREIGN KEY (contract_id) REFERENCES performance_contract (id)
        ON DELETE CASCADE
);

-- The plan's history: every saved version (as text, as it was) and every comment of the performance manager, with who
-- and when.
CREATE TABLE performance_plan_entry (
    contract_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    plan_number INT           NOT NULL,
    by_name     VARCHAR(200)  NOT NULL,
    at_time     DATETIME(6)   NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    snapshot    VARCHAR(8000) NOT NULL,
    PRIMARY KEY (contract_id, position),
    CONSTRAINT fk_performance_plan_entry_contract FOREIGN KEY (contract_id) REFERENCES performance_contract (id)
        ON DELETE CASCADE
);

-- Every intervention level decision: the level (any, not only the next), why, when, who decided, what it requires,
-- and the letter issued.
CREATE TABLE performance_level_decision (
    contract_id      BIGINT        NOT NULL,
    position         INT           NOT NULL,
    level_from       VARCHAR(20)   NOT NULL,
    level_to         VARCHAR(20)   NOT NULL,
    decided_on       DATE          NOT NULL,
    by_name          VARCHAR(200)  NOT NULL,
    at_time          DATETIME(6)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    required_actions VARCHAR(2000) NOT NULL,
    letter_type      VARCHAR(200),
    letter_reference VARCHAR(100),
    letter_dated     DATE,
    PRIMARY KEY (contract_id, position),
    CONSTRAINT fk_performance_level_contract FOREIGN KEY (contract_id) REFERENCES performance_contract (id)
        ON DELETE CASCADE
);

-- Provider Assurance Team reviews (guidance 11.47 to 11.52): rating, findings by area, the action plan asked for with
-- its due date and when the provider submitted it.
CREATE TABLE assurance_review (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    organisation_id      BIGINT        NOT NULL,
    reviewed_on          DATE          NOT NULL,
    rating               VARCHAR(20)   NOT NULL,
    recorded_by          VARCHAR(200)  NOT NULL,
    plan_due_on          DATE,
    plan_text            VARCHAR(4000) NOT NULL,
    plan_submitted_on    DATE,
    plan_submitted_by    VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT fk_assurance_review_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_assurance_review_organisation ON assurance_review (organisation_id, reviewed_on);

CREATE TABLE assurance_finding (
    review_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    area      VARCHAR(30)   NOT NULL,
    finding   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_assurance_finding_review FOREIGN KEY (review_id) REFERENCES assurance_review (id) ON DELETE CASCADE
);
