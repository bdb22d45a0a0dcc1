-- Contract performance reviews (issue 15, item 8). SQL that MariaDB 11 and MySQL 8.4 both accept.

-- The monthly review of a contract (a delivery partner organisation): scheduled with its date and attendees, then
-- recorded with notes and agreed actions. At most one per organisation and month reviewed.
CREATE TABLE contract_review (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    review_month        DATE          NOT NULL,
    meeting_on          DATE          NOT NULL,
    information_due_on  DATE          NOT NULL,
    attendees           VARCHAR(1000) NOT NULL,
    notes               VARCHAR(6000) NOT NULL,
    held                BOOLEAN       NOT NULL,
    scheduled_by_name   VARCHAR(200)  NOT NULL,
    scheduled_at        DATETIME(6)   NOT NULL,
    recorded_by_name    VARCHAR(200),
    recorded_at         DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_review_month UNIQUE (organisation_id, review_month),
    CONSTRAINT fk_contract_review_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The actions agreed at a review, in the order agreed.
CREATE TABLE contract_review_action (
    review_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    what        VARCHAR(500)  NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_on      DATE          NOT NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_contract_review_action_review FOREIGN KEY (review_id) REFERENCES contract_review (id)
);
