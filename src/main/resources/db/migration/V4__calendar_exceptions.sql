-- Admin-maintained changes to a nation's working days: an extra non-working day (e.g. a one-off bank holiday
-- announced after the holiday library was released) or a bank holiday that is worked.
CREATE TABLE calendar_exception (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    nation        VARCHAR(32)  NOT NULL,
    calendar_date DATE         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_exception UNIQUE (nation, calendar_date),
    CONSTRAINT ck_calendar_exception_kind CHECK (kind IN ('NON_WORKING', 'WORKING')),
    CONSTRAINT ck_calendar_exception_nation CHECK (nation IN ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'))
);
