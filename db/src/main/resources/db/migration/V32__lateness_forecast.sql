-- The lateness forecast (预计超期): the open applications, still GREEN, whose chance of missing the
-- promised deadline is at or above the threshold, as the last refit of the model estimated it.
-- A refit replaces every row in one transaction; reading the "likely late" list joins the
-- application, so a row whose application turned YELLOW or finished since drops out at once.
CREATE TABLE lateness_forecast (
  application_id   CHAR(36)     NOT NULL,
  department_code  VARCHAR(32)  NOT NULL,
  item_code        VARCHAR(32)  NOT NULL,
  probability      DECIMAL(5,4) NOT NULL,
  estimated_finish DATE         NOT NULL,
  -- running working days the model expects the application still needs, and those it has left
  remaining_days   DECIMAL(6,1) NOT NULL,
  days_left        INT          NOT NULL,
  -- why, as message codes with their arguments (JSON), put into words when read
  reasons          TEXT         NOT NULL,
  computed_at      DATETIME     NOT NULL,
  PRIMARY KEY (application_id),
  KEY ix_lateness_forecast_risk (probability, application_id),
  KEY ix_lateness_forecast_department (department_code, probability, application_id),
  KEY ix_lateness_forecast_item (item_code, probability, application_id),
  CONSTRAINT ck_lateness_forecast_probability CHECK (probability BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
