-- Identity: departments, town service stations, enterprises (市场主体), users and their duties.
-- Times are DATETIME in UTC (the connection's session zone is UTC).

CREATE TABLE department (
  code       VARCHAR(32)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  created_at DATETIME     NOT NULL,
  PRIMARY KEY (code),
  CONSTRAINT uq_department_name UNIQUE (name),
  CONSTRAINT ck_department_code CHECK (CHAR_LENGTH(code) > 0 AND code = TRIM(code)),
  CONSTRAINT ck_department_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 就近办理: a town service station, optionally run by one department
CREATE TABLE station (
  code            VARCHAR(32)  NOT NULL,
  name            VARCHAR(100) NOT NULL,
  town            VARCHAR(100) NOT NULL,
  department_code VARCHAR(32)  NULL,
  created_at      DATETIME     NOT NULL,
  PRIMARY KEY (code),
  CONSTRAINT fk_station_department FOREIGN KEY (department_code) REFERENCES department (code),
  CONSTRAINT ck_station_code CHECK (CHAR_LENGTH(code) > 0 AND code = TRIM(code)),
  CONSTRAINT ck_station_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an enterprise is identified by its unified social credit code (GB 32100-2015); the check
-- character is verified by the application, the database keeps the shape
CREATE TABLE enterprise (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  credit_code          CHAR(18)     NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  legal_representative VARCHAR(100) NOT NULL,
  created_at           DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_enterprise_credit_code UNIQUE (credit_code),
  CONSTRAINT ck_enterprise_credit_code CHECK (CHAR_LENGTH(credit_code) = 18),
  CONSTRAINT ck_enterprise_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
  username        VARCHAR(64)  NOT NULL,
  password_hash   VARCHAR(100) NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  role            VARCHAR(16)  NOT NULL,
  enterprise_id   BIGINT       NULL,
  department_code VARCHAR(32)  NULL,
  station_code    VARCHAR(32)  NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  -- failed password checks in a row; reaching the limit sets locked_until
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME     NULL,
  created_at      DATETIME     NOT NULL,
  PRIMARY KEY (username),
  CONSTRAINT fk_app_user_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_app_user_department FOREIGN KEY (department_code) REFERENCES department (code),
  CONSTRAINT fk_app_user_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT ck_app_user_role CHECK (role IN ('ENTERPRISE', 'CLERK', 'SUPERVISOR', 'ADMIN')),
  -- an enterprise user acts for exactly one enterprise and belongs to no department
  CONSTRAINT ck_app_user_enterprise CHECK (
    (role = 'ENTERPRISE' AND enterprise_id IS NOT NULL AND department_code IS NULL)
    OR (role <> 'ENTERPRISE' AND enterprise_id IS NULL)),
  -- a clerk works for one department, possibly at a town station
  CONSTRAINT ck_app_user_department CHECK (role <> 'CLERK' OR department_code IS NOT NULL),
  CONSTRAINT ck_app_user_station CHECK (station_code IS NULL OR role = 'CLERK'),
  CONSTRAINT ck_app_user_failed_logins CHECK (failed_logins >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_department ON app_user (department_code, role);
CREATE INDEX ix_app_user_enterprise ON app_user (enterprise_id);

-- a clerk's duties in their department (accept, review, decide, ...): candidate group <dept>:<duty>
CREATE TABLE user_duty (
  username VARCHAR(64) NOT NULL,
  duty     VARCHAR(32) NOT NULL,
  PRIMARY KEY (username, duty),
  CONSTRAINT fk_user_duty_user FOREIGN KEY (username) REFERENCES app_user (username)
    ON DELETE CASCADE,
  CONSTRAINT ck_user_duty CHECK (duty IN ('accept', 'review', 'decide', 'issue', 'verify'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
