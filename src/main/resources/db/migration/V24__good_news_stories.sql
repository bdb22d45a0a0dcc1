-- Good news stories with consent forms (issue 14). SQL that MariaDB 11 and MySQL 8.4 both accept.

-- A delivery partner's story of a participant (by pseudonym), with exactly one signed consent form. The consent form
-- lives in the same row because it belongs to this story only; its content hash is unique across every story, kept
-- even after withdrawal, so the same file can never be offered again for another story. On withdrawal of consent the
-- text and the files go; the row stays as "withdrawn" until retention deletes it.
CREATE TABLE good_news_story (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    organisation_id        BIGINT        NOT NULL,
    programme_name         VARCHAR(200)  NOT NULL,
    status                 VARCHAR(30)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    summary                VARCHAR(500)  NOT NULL,
    body                   VARCHAR(6000) NOT NULL,
    pseudonym              VARCHAR(100)  NOT NULL,
    story_month            DATE,
    last_used_at           DATETIME(6)   NOT NULL,
    document_file_name     VARCHAR(200),
    document_key           VARCHAR(100),
    document_type          VARCHAR(100),
    document_size          BIGINT,
    consent_file_name      VARCHAR(200),
    consent_key            VARCHAR(100),
    consent_type           VARCHAR(100),
    consent_size           BIGINT,
    consent_sha256         VARCHAR(64)   NOT NULL,
    consent_signed_on      DATE          NOT NULL,
    consent_expires_on     DATE,
    consent_internal       BOOLEAN       NOT NULL,
    consent_publicity      BOOLEAN       NOT NULL,
    consent_media          BOOLEAN       NOT NULL,
    consent_ministerial    BOOLEAN       NOT NULL,
    published_use          VARCHAR(20),
    published_where        VARCHAR(300),
    published_on           DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_story_consent_sha256 UNIQUE (consent_sha256),
    CONSTRAINT uk_story_consent_key UNIQUE (consent_key),
    CONSTRAINT uk_story_document_key UNIQUE (document_key),
    CONSTRAINT fk_story_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_story_organisation_month ON good_news_story (organisation_id, story_month);
CREATE INDEX ix_story_status ON good_news_story (status);

-- Every step of a story (saved, submitted, returned with comments, forwarded, ...): who, when, and the words said.
CREATE TABLE good_news_story_step (
    story_id   BIGINT        NOT NULL,
    position   INT           NOT NULL,
    status     VARCHAR(30)   NOT NULL,
    by_name    VARCHAR(200)  NOT NULL,
    at_time    DATETIME(6)   NOT NULL,
    note       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (story_id, position),
    CONSTRAINT fk_story_step_story FOREIGN KEY (story_id) REFERENCES good_news_story (id) ON DELETE CASCADE
);
