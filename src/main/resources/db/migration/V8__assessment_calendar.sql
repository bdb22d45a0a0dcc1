-- The assessment timetable of a month: its submission period, when its KPI is published (by default the last
-- working day of the month; an admin may delay it, with a reason) and how many working days the appeal window
-- lasts, counted from the actual publication date.
CREATE TABLE assessment_month (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    version                BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    month_start            DATE         NOT NULL,
    submission_opens       DATE         NOT NULL,
    submission_closes      DATE         NOT NULL,
    publication_override   DATE         NULL,
    override_reason        VARCHAR(500) NULL,
    appeal_window_days     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_month UNIQUE (month_start)
);
