-- Contract KPIs with Cabinet Office tiers, and providers' monthly and quarterly returns (issue 15). SQL that MariaDB 11
-- and MySQL 8.4 both accept. A "contract" is a delivery partner organisation (each has exactly one programme).

-- One version of a programme's contract KPI, in force from its date until the next version of the same code. A
-- percentage KPI divides the sum of its numerator figures by the sum of its denominator figure (counts, never
-- averaged percentages); a reported KPI sums its figures. Source is the return type its figures come from, or the
-- portal's own quality KPI.
CREATE TABLE contract_kpi (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    programme_id           BIGINT        NOT NULL,
    code                   VARCHAR(20)   NOT NULL,
    description            VARCHAR(300)  NOT NULL,
    measure                VARCHAR(20)   NOT NULL,
    source                 VARCHAR(40)   NOT NULL,
    numerator_keys         VARCHAR(200)  NOT NULL,
    denominator_key        VARCHAR(40),
    frequency              VARCHAR(20)   NOT NULL,
    target                 DECIMAL(12, 1) NOT NULL,
    good_from              DECIMAL(12, 1) NOT NULL,
    near_target_from       DECIMAL(12, 1) NOT NULL,
    needs_improvement_from DECIMAL(12, 1) NOT NULL,
    effective_from         DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_kpi_code_from UNIQUE (programme_id, code, effective_from),
    CONSTRAINT fk_contract_kpi_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- One version of an organisation's return of a period (a month, or a quarter by its first month). Version 1 is the
-- submission, whose timeliness is the return's; each correction is a new version with a reason, and only the current
-- version counts in the KPIs. Nothing is ever updated in place except the current flag.
CREATE TABLE provider_return (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    return_type        VARCHAR(40)   NOT NULL,
    period_month       DATE          NOT NULL,
    return_version     INT           NOT NULL,
    current_version    BOOLEAN       NOT NULL,
    due_on             DATE          NOT NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    submitted_on       DATE          NOT NULL,
    submitted_by       VARCHAR(200)  NOT NULL,
    how                VARCHAR(20)   NOT NULL,
    working_days_late  INT           NOT NULL,
    reason             VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_provider_return_version UNIQUE (organisation_id, return_type, period_month, return_version),
    CONSTRAINT fk_provider_return_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_provider_return_current ON provider_return (organisation_id, return_type, current_version,
    period_month);

CREATE TABLE provider_return_figure (
    return_id     BIGINT       NOT NULL,
    figure_key    VARCHAR(40)  NOT NULL,
    figure_value  BIGINT       NOT NULL,
    PRIMARY KEY (return_id, figure_key),
    CONSTRAINT fk_provider_return_figure_return FOREIGN KEY (return_id) REFERENCES provider_return (id)
);
