-- Independent quality assessment (issue 11, part A): an assessor's scorecard per case, one outcome per standard.

-- The case cycle gains moderation: ASSESSED becomes SUBMITTED_FOR_MODERATION and PUBLISHED becomes RELEASED.
ALTER TABLE case_sample MODIFY status VARCHAR(30) NOT NULL;
UPDATE case_sample SET status = 'SUBMITTED_FOR_MODERATION' WHERE status = 'ASSESSED';
UPDATE case_sample SET status = 'RELEASED' WHERE status = 'PUBLISHED';

