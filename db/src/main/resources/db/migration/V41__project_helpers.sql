-- 帮办代办: a key project's helper (a clerk with the duty help, assigned by an administrator) acts for
-- its enterprise only under the enterprise's recorded authorization: who, when, what, until when.

ALTER TABLE user_duty DROP CONSTRAINT ck_user_duty;
ALTER TABLE user_duty ADD CONSTRAINT ck_user_duty
  CHECK (duty IN ('accept', 'review', 'decide', 'issue', 'verify', 'help'));

ALTER TABLE project
  ADD COLUMN helper_username    VARCHAR(64) NULL,
  ADD COLUMN helper_assigned_by VARCHAR(64) NULL,
  ADD COLUMN helper_assigned_at DATETIME    NULL,
  ADD CONSTRAINT fk_project_helper FOREIGN KEY (helper_username) REFERENCES app_user (username);

-- PREPARE: fill in the stages' forms and upload their materials; PREPARE_AND_SUBMIT: submit them
-- too. Valid through valid_until (Asia/Shanghai) unless withdrawn before; every grant and
-- withdrawal is kept.
CREATE TABLE helper_authorization (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  project_id      CHAR(36)     NOT NULL,
  helper_username VARCHAR(64)  NOT NULL,
  scope           VARCHAR(24)  NOT NULL,
  valid_until     DATE         NOT NULL,
  granted_by      VARCHAR(64)  NOT NULL,
  granted_at      DATETIME     NOT NULL,
  withdrawn_by    VARCHAR(64)  NULL,
  withdrawn_at    DATETIME     NULL,
  withdraw_reason VARCHAR(500) NULL,
  PRIMARY KEY (id),
  -- a project's authorizations, newest last
  KEY ix_helper_authorization_project (project_id, id),
  CONSTRAINT fk_helper_authorization_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_helper_authorization_helper FOREIGN KEY (helper_username) REFERENCES app_user (username),
  CONSTRAINT ck_helper_authorization_scope CHECK (scope IN ('PREPARE', 'PREPARE_AND_SUBMIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the supervisor's count of the stages being handled, by level (the board's overview)
CREATE INDEX ix_project_stage_status ON project_stage (status, warning_level, clock_paused);
