-- Time actually used by finished applications, kept as a histogram per item and month of
-- finishing (net working days used, on time or not), so that medians, percentiles and on-time
-- rates stay fast however many applications are finished.
CREATE TABLE finished_duration (
  item_code       VARCHAR(32) NOT NULL,
  department_code VARCHAR(32) NOT NULL,
  month           DATE        NOT NULL,
  working_days    INT         NOT NULL,
  on_time         BOOLEAN     NOT NULL,
  applications    INT         NOT NULL,
  PRIMARY KEY (item_code, month, working_days, on_time),
  KEY ix_finished_duration_department (department_code, month),
  KEY ix_finished_duration_month (month),
  CONSTRAINT ck_finished_duration_month CHECK (DAYOFMONTH(month) = 1),
  CONSTRAINT ck_finished_duration_counts CHECK (working_days >= 0 AND applications > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open applications counted by department and warning level from the index alone
CREATE INDEX ix_application_open_levels
  ON application (status, department_code, warning_level, item_code);

-- the overdue and at-risk lists, nearest deadline first
CREATE INDEX ix_application_level_deadline ON application (warning_level, deadline, id);
