-- The working-day calendar (DESIGN.md §5): the dates that differ from the Monday–Friday rule,
-- published year by year by the State Council and maintained by administrators through the API.
-- The years shipped below are reference data that production needs, not demo data.
-- Times are DATETIME in UTC (the connection's session zone is UTC).

-- a year whose calendar is published; a year without a row is counted Monday to Friday and every
-- deadline it touches is provisional
CREATE TABLE calendar_year (
  year         INT          NOT NULL,
  -- the notice the year's days come from
  source       VARCHAR(255) NOT NULL,
  -- when the notice was published, if known
  published_on DATE         NULL,
  loaded_at    DATETIME     NOT NULL,
  loaded_by    VARCHAR(64)  NOT NULL,
  PRIMARY KEY (year),
  CONSTRAINT ck_calendar_year_range CHECK (year BETWEEN 1900 AND 9999),
  CONSTRAINT ck_calendar_year_source CHECK (CHAR_LENGTH(TRIM(source)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- HOLIDAY: a statutory holiday (休); WORKDAY: a weekend day made a working day (调休上班)
CREATE TABLE calendar_day (
  day  DATE        NOT NULL,
  year INT         NOT NULL,
  kind VARCHAR(8)  NOT NULL,
  name VARCHAR(32) NOT NULL,
  PRIMARY KEY (day),
  KEY ix_calendar_day_year (year, day),
  CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year),
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  CONSTRAINT ck_calendar_day_in_year CHECK (YEAR(day) = year),
  -- DAYOFWEEK: 1 = Sunday, 7 = Saturday
  CONSTRAINT ck_calendar_day_workday CHECK (kind = 'HOLIDAY' OR DAYOFWEEK(day) IN (1, 7)),
  CONSTRAINT ck_calendar_day_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the calendar's audit trail: one row per publication, replacement or deletion of a year, with
-- the year's days as they were after the change (before it, for a deletion). Append-only: the
-- application never updates or deletes a row (production may also revoke UPDATE and DELETE).
CREATE TABLE calendar_change (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  year       INT          NOT NULL,
  changed_by VARCHAR(64)  NOT NULL,
  changed_at DATETIME     NOT NULL,
  action     VARCHAR(16)  NOT NULL,
  source     VARCHAR(255) NULL,
  days_json  JSON         NOT NULL,
  PRIMARY KEY (id),
  KEY ix_calendar_change_year (year, id),
  CONSTRAINT ck_calendar_change_action CHECK (action IN ('PUBLISHED', 'REPLACED', 'DELETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO calendar_year (year, source, published_on, loaded_at, loaded_by) VALUES
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', '2024-11-12',
   UTC_TIMESTAMP(), 'system'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）', '2025-11-04',
   UTC_TIMESTAMP(), 'system');

INSERT INTO calendar_day (day, year, kind, name) VALUES
  -- 2025 (国办发明电〔2024〕12号)
  ('2025-01-01', 2025, 'HOLIDAY', '元旦'),
  ('2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
  ('2025-01-28', 2025, 'HOLIDAY', '春节'),
  ('2025-01-29', 2025, 'HOLIDAY', '春节'),
  ('2025-01-30', 2025, 'HOLIDAY', '春节'),
  ('2025-01-31', 2025, 'HOLIDAY', '春节'),
  ('2025-02-01', 2025, 'HOLIDAY', '春节'),
  ('2025-02-02', 2025, 'HOLIDAY', '春节'),
  ('2025-02-03', 2025, 'HOLIDAY', '春节'),
  ('2025-02-04', 2025, 'HOLIDAY', '春节'),
  ('2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
  ('2025-04-04', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-05', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-06', 2025, 'HOLIDAY', '清明节'),
  ('2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
  ('2025-05-01', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-02', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-03', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-04', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-05', 2025, 'HOLIDAY', '劳动节'),
  ('2025-05-31', 2025, 'HOLIDAY', '端午节'),
  ('2025-06-01', 2025, 'HOLIDAY', '端午节'),
  ('2025-06-02', 2025, 'HOLIDAY', '端午节'),
  ('2025-09-28', 2025, 'WORKDAY', '国庆节调休上班'),
  ('2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-11', 2025, 'WORKDAY', '国庆节调休上班'),
  -- 2026 (State Council notice of 2025-11-04)
  ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-03', 2026, 'HOLIDAY', '元旦'),
  ('2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
  ('2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
  ('2026-02-15', 2026, 'HOLIDAY', '春节'),
  ('2026-02-16', 2026, 'HOLIDAY', '春节'),
  ('2026-02-17', 2026, 'HOLIDAY', '春节'),
  ('2026-02-18', 2026, 'HOLIDAY', '春节'),
  ('2026-02-19', 2026, 'HOLIDAY', '春节'),
  ('2026-02-20', 2026, 'HOLIDAY', '春节'),
  ('2026-02-21', 2026, 'HOLIDAY', '春节'),
  ('2026-02-22', 2026, 'HOLIDAY', '春节'),
  ('2026-02-23', 2026, 'HOLIDAY', '春节'),
  ('2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
  ('2026-04-04', 2026, 'HOLIDAY', '清明节'),
  ('2026-04-05', 2026, 'HOLIDAY', '清明节'),
  ('2026-04-06', 2026, 'HOLIDAY', '清明节'),
  ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-02', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-03', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
  ('2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
  ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
  ('2026-06-20', 2026, 'HOLIDAY', '端午节'),
  ('2026-06-21', 2026, 'HOLIDAY', '端午节'),
  ('2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
  ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
  ('2026-09-26', 2026, 'HOLIDAY', '中秋节'),
  ('2026-09-27', 2026, 'HOLIDAY', '中秋节'),
  ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-03', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-04', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
  ('2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');

-- the shipped years open the audit trail, so that every year's days can be traced to a change
SET SESSION group_concat_max_len = 1048576;

INSERT INTO calendar_change (year, changed_by, changed_at, action, source, days_json)
SELECT y.year, 'system', y.loaded_at, 'PUBLISHED', y.source,
  CONCAT('[', GROUP_CONCAT(
    CONCAT('{"day": "', DATE_FORMAT(d.day, '%Y-%m-%d'), '", "kind": "', d.kind,
      '", "name": "', d.name, '"}')
    ORDER BY d.day SEPARATOR ', '), ']')
FROM calendar_year y JOIN calendar_day d ON d.year = y.year
GROUP BY y.year, y.loaded_at, y.source
ORDER BY y.year;
