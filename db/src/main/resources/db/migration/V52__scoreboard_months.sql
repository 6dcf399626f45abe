-- a closed month's counts of applications as the scoreboard first read them once the month was
-- over: they never change after that, so a published month is reproduced as it was published,
-- and a long period reads its whole months from here instead of from every application
CREATE TABLE scoreboard_month (
  month             DATE        NOT NULL,
  -- the item whose approvals counted as new market entities then (none configured: NULL)
  registration_item VARCHAR(32) NULL,
  taken             BIGINT      NOT NULL,
  at_stations       BIGINT      NOT NULL,
  uploads_saved     BIGINT      NOT NULL,
  finished          BIGINT      NOT NULL,
  without_visit     BIGINT      NOT NULL,
  decided           BIGINT      NOT NULL,
  by_promised       BIGINT      NOT NULL,
  by_legal          BIGINT      NOT NULL,
  registered        BIGINT      NOT NULL,
  written_at        DATETIME    NOT NULL,
  PRIMARY KEY (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
