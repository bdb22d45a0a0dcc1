-- KPI publication (issue 12). A month is first published once (the unique row below is the publication job's
-- idempotency key, so two instances racing publish it exactly once); its cut-off fixes which released cases count.
CREATE TABLE kpi_month_publication (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    round_month   DATE         NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    cut_off       DATETIME(6)  NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    how           VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kpi_month_publication UNIQUE (round_month)
);

-- Each version of an organisation's KPI of a month: 1 is the first publication, later ones are revisions with a
-- reason. The policy applied is copied, so a later policy change never alters what was published.
CREATE TABLE kpi_publication (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id        BIGINT        NOT NULL,
    programme_id           BIGINT        NOT NULL,
    round_month            DATE          NOT NULL,
    kpi_version            INT           NOT NULL,
    published_at           DATETIME(6)   NOT NULL,
    published_by           VARCHAR(200)  NOT NULL,
    reason                 VARCHAR(1000),
    changes                VARCHAR(2000) NOT NULL,
    policy_from            DATE          NOT NULL,
    kpi_target             DECIMAL(5, 2) NOT NULL,
    case_pass_mark         DECIMAL(5, 2) NOT NULL,
    good_from              DECIMAL(5, 2) NOT NULL,
    near_target_from       DECIMAL(5, 2) NOT NULL,
    needs_improvement_from DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_kpi_publication UNIQUE (organisation_id, round_month, kpi_version),
    CONSTRAINT fk_kpi_publication_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_kpi_publication_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_kpi_publication_month ON kpi_publication (round_month, organisation_id, kpi_version);

-- The four period figures of a version, from case counts (rolling and cumulative add counts, never percentages).
CREATE TABLE kpi_figure (
    publication_id   BIGINT        NOT NULL,
    period           VARCHAR(20)   NOT NULL,
    cases_counted    INT           NOT NULL,
    cases_passing    INT           NOT NULL,
    score_total      DECIMAL(12, 1) NOT NULL,
    actual_detriment INT           NOT NULL,
    kpi_percent      DECIMAL(4, 1),
    average_score    DECIMAL(4, 1),
    target_met       BOOLEAN       NOT NULL,
    tier             VARCHAR(20),
    PRIMARY KEY (publication_id, period),
    CONSTRAINT fk_kpi_figure_publication FOREIGN KEY (publication_id) REFERENCES kpi_publication (id)
);

-- The KPI reads released cases by programme and round.
CREATE INDEX ix_assessment_kpi ON assessment (programme_id, round_month, released_at);
