-- A person whose organisation or role could not be resolved at sign-in waits for an admin's decision.
ALTER TABLE portal_user ADD COLUMN access_status VARCHAR(16) NOT NULL DEFAULT 'APPROVED';
ALTER TABLE portal_user ADD COLUMN access_decided_at DATETIME(6) NULL;
ALTER TABLE portal_user ADD COLUMN access_decided_by VARCHAR(200) NULL;
ALTER TABLE portal_user ADD CONSTRAINT ck_portal_user_access_status
    CHECK (access_status IN ('PENDING', 'APPROVED', 'REJECTED'));
CREATE INDEX ix_portal_user_access_status ON portal_user (access_status);
