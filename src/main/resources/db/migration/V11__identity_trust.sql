-- Identity trust: who may claim what.
-- Plain SQL accepted by both MySQL 8.4 and MariaDB 11.4. MySQL with binary logging (its default) lets an account
-- without SUPER create the triggers below only when log_bin_trust_function_creators=1 (docker/compose.yaml sets it).

-- 1. An email no longer picks the account. Someone signing in through another identity provider with the email of
-- an existing user gets their own pending record that claims that user's email, until an admin links or refuses
-- it. Exactly one record owns each email: owner_email holds the email of records that claim nobody else's, and is
-- unique; records that merely claim an email leave it NULL (NULLs never collide).
ALTER TABLE portal_user DROP INDEX uk_portal_user_email;
CREATE INDEX ix_portal_user_email ON portal_user (email);
ALTER TABLE portal_user ADD COLUMN claims_email_of_user_id BIGINT NULL;
ALTER TABLE portal_user ADD CONSTRAINT fk_portal_user_claims_email_of
    FOREIGN KEY (claims_email_of_user_id) REFERENCES portal_user (id);
ALTER TABLE portal_user ADD COLUMN owner_email VARCHAR(320)
    GENERATED ALWAYS AS (CASE WHEN claims_email_of_user_id IS NULL THEN email END) STORED;
ALTER TABLE portal_user ADD CONSTRAINT uk_portal_user_owner_email UNIQUE (owner_email);

-- 4. A stamp that changes whenever roles, organisation, active flag or access status change (or the user's
-- organisation is deactivated); each open session carries the stamp it was issued with and ends on a mismatch.
ALTER TABLE portal_user ADD COLUMN access_version BIGINT NOT NULL DEFAULT 1;

-- 3. A person is either a delivery partner's user or funder staff, never both: the database refuses a user who
-- would hold PROVIDER_USER together with a funder role, or a funder role together with an organisation.
DELIMITER $$

CREATE TRIGGER tr_portal_user_role_partner_or_funder_insert BEFORE INSERT ON portal_user_role
FOR EACH ROW
BEGIN
    IF NEW.role = 'PROVIDER_USER' THEN
        IF EXISTS (SELECT 1 FROM portal_user_role r
                   WHERE r.user_id = NEW.user_id AND r.role <> 'PROVIDER_USER') THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: a user cannot hold PROVIDER_USER with a funder role';
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM portal_user_role r
                   WHERE r.user_id = NEW.user_id AND r.role = 'PROVIDER_USER') THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: a user cannot hold PROVIDER_USER with a funder role';
        END IF;
        IF EXISTS (SELECT 1 FROM portal_user u
                   WHERE u.id = NEW.user_id AND u.organisation_id IS NOT NULL) THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: funder staff cannot belong to an organisation';
        END IF;
    END IF;
END$$

CREATE TRIGGER tr_portal_user_role_partner_or_funder_update BEFORE UPDATE ON portal_user_role
FOR EACH ROW
BEGIN
    IF NEW.role = 'PROVIDER_USER' THEN
        IF EXISTS (SELECT 1 FROM portal_user_role r
                   WHERE r.user_id = NEW.user_id AND r.role <> 'PROVIDER_USER'
                     AND NOT (r.user_id = OLD.user_id AND r.role = OLD.role)) THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: a user cannot hold PROVIDER_USER with a funder role';
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM portal_user_role r
                   WHERE r.user_id = NEW.user_id AND r.role = 'PROVIDER_USER'
                     AND NOT (r.user_id = OLD.user_id AND r.role = OLD.role)) THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: a user cannot hold PROVIDER_USER with a funder role';
        END IF;
        IF EXISTS (SELECT 1 FROM portal_user u
                   WHERE u.id = NEW.user_id AND u.organisation_id IS NOT NULL) THEN
            SIGNAL SQLSTATE '45000'
                SET MESSAGE_TEXT = 'Partner or funder: funder staff cannot belong to an organisation';
        END IF;
    END IF;
END$$

CREATE TRIGGER tr_portal_user_partner_or_funder_update BEFORE UPDATE ON portal_user
FOR EACH ROW
BEGIN
    IF NEW.organisation_id IS NOT NULL AND EXISTS (SELECT 1 FROM portal_user_role r
                                                   WHERE r.user_id = NEW.id AND r.role <> 'PROVIDER_USER') THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'Partner or funder: funder staff cannot belong to an organisation';
    END IF;
END$$

DELIMITER ;
