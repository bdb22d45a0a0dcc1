-- A rule change taking effect in a month already closed (its assessment round ended or its KPI published) is a
-- restatement: the version row keeps who made it, when (UTC) and why. All three are set together or not at all.
ALTER TABLE kpi_policy
    ADD COLUMN restated_by        VARCHAR(200) NULL,
    ADD COLUMN restated_at        DATETIME(6)  NULL,
    ADD COLUMN restatement_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_kpi_policy_restatement CHECK (
        (restated_by IS NULL AND restated_at IS NULL AND restatement_reason IS NULL)
        OR (restated_by IS NOT NULL AND restated_at IS NOT NULL AND restatement_reason IS NOT NULL));

ALTER TABLE appeal_policy
    ADD COLUMN restated_by        VARCHAR(200) NULL,
    ADD COLUMN restated_at        DATETIME(6)  NULL,
    ADD COLUMN restatement_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_appeal_policy_restatement CHECK (
        (restated_by IS NULL AND restated_at IS NULL AND restatement_reason IS NULL)
        OR (restated_by IS NOT NULL AND restated_at IS NOT NULL AND restatement_reason IS NOT NULL));

ALTER TABLE submission_rule
    ADD COLUMN restated_by        VARCHAR(200) NULL,
    ADD COLUMN restated_at        DATETIME(6)  NULL,
    ADD COLUMN restatement_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_submission_rule_restatement CHECK (
        (restated_by IS NULL AND restated_at IS NULL AND restatement_reason IS NULL)
        OR (restated_by IS NOT NULL AND restated_at IS NOT NULL AND restatement_reason IS NOT NULL));

ALTER TABLE standard_version
    ADD COLUMN restated_by        VARCHAR(200) NULL,
    ADD COLUMN restated_at        DATETIME(6)  NULL,
    ADD COLUMN restatement_reason VARCHAR(500) NULL,
    ADD CONSTRAINT ck_standard_version_restatement CHECK (
        (restated_by IS NULL AND restated_at IS NULL AND restatement_reason IS NULL)
        OR (restated_by IS NOT NULL AND restated_at IS NOT NULL AND restatement_reason IS NOT NULL));
