-- A person may sign in through more than one identity provider (e.g. the demo page and Keycloak, or Keycloak
-- and Entra ID): identities move to their own table, one row per (issuer, subject).
CREATE TABLE portal_user_identity (
    user_id BIGINT       NOT NULL,
    issuer  VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    PRIMARY KEY (issuer, subject),
    CONSTRAINT fk_portal_user_identity_user FOREIGN KEY (user_id) REFERENCES portal_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_portal_user_identity_user ON portal_user_identity (user_id);

INSERT INTO portal_user_identity (user_id, issuer, subject)
SELECT id, external_issuer, external_subject FROM portal_user
WHERE external_issuer IS NOT NULL AND external_subject IS NOT NULL;

ALTER TABLE portal_user DROP INDEX uk_portal_user_identity;
ALTER TABLE portal_user DROP COLUMN external_issuer;
ALTER TABLE portal_user DROP COLUMN external_subject;
