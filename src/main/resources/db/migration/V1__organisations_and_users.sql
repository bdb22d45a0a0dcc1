-- Delivery-partner organisations, their programmes, and portal users with their roles.
-- Plain SQL accepted by both MySQL 8 and MariaDB 11.

CREATE TABLE programme (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_programme_code UNIQUE (code)
);

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    nation       VARCHAR(32)  NOT NULL,
    programme_id BIGINT       NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_organisation_nation CHECK (nation IN ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'))
);

CREATE TABLE portal_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(320) NOT NULL,
    external_issuer  VARCHAR(255) NULL,
    external_subject VARCHAR(255) NULL,
    organisation_id  BIGINT       NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    last_sign_in_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_portal_user_email UNIQUE (email),
    CONSTRAINT uk_portal_user_identity UNIQUE (external_issuer, external_subject),
    CONSTRAINT fk_portal_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE portal_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_portal_user_role_user FOREIGN KEY (user_id) REFERENCES portal_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_portal_user_role CHECK (role IN ('PROVIDER_USER', 'QUALITY_MANAGER', 'ASSESSOR', 'ADMIN'))
);
