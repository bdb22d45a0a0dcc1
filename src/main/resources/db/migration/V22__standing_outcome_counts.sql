-- The standing outcome of each released scorecard, counted once (issue 12): the KPI counts cases from the assessment
-- table alone instead of joining every standard's outcome. The scorecard records these on release and on every
-- amendment; this fills them for cases released before.
ALTER TABLE assessment
    ADD COLUMN standing_met       INT,
    ADD COLUMN standing_not_met   INT,
    ADD COLUMN standing_detriment INT,
    ADD COLUMN standing_score     DECIMAL(4, 1);

UPDATE assessment a
    JOIN (SELECT o.assessment_id,
                 SUM(CASE WHEN COALESCE(o.amended_outcome, o.moderated_outcome, o.outcome) = 'MET' THEN 1 ELSE 0 END)
                     AS met,
                 SUM(CASE WHEN COALESCE(o.amended_outcome, o.moderated_outcome, o.outcome) = 'NOT_MET' THEN 1 ELSE 0
                     END) AS not_met,
                 SUM(CASE WHEN COALESCE(o.amended_outcome, o.moderated_outcome, o.outcome) = 'NOT_MET'
                          AND (CASE WHEN o.amended_outcome IS NOT NULL THEN o.amended_impact
                                    WHEN o.moderated_outcome IS NOT NULL THEN o.moderated_impact
                                    ELSE o.impact END) = 'ACTUAL_DETRIMENT' THEN 1 ELSE 0 END) AS detriment
          FROM assessment_outcome o GROUP BY o.assessment_id) s ON s.assessment_id = a.id
SET a.standing_met = s.met, a.standing_not_met = s.not_met, a.standing_detriment = s.detriment,
    a.standing_score = CASE WHEN s.met + s.not_met = 0 THEN NULL ELSE ROUND(100 * s.met / (s.met + s.not_met), 1) END
WHERE a.released_at IS NOT NULL;

-- The KPI's grouped query reads only this index.
CREATE INDEX ix_assessment_kpi_standing ON assessment (programme_id, round_month, released_at, organisation_id,
    standing_score, standing_detriment);
DROP INDEX ix_assessment_kpi ON assessment;
