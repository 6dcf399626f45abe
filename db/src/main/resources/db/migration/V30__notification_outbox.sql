-- Notices that leave the service hall: one row per message and channel, written in the
-- transaction of the change that caused it and sent later by the outbox sender.
CREATE TABLE outbox_message (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  recipient         VARCHAR(64)   NOT NULL,
  channel           VARCHAR(16)   NOT NULL,
  address           VARCHAR(254)  NOT NULL,
  kind              VARCHAR(32)   NOT NULL,
  application_id    CHAR(36)      NULL,
  subject           VARCHAR(255)  NOT NULL,
  body              TEXT          NOT NULL,
  -- a stored file (content-addressed by sha256), read when the message is sent
  attachment_sha256 CHAR(64)      NULL,
  attachment_name   VARCHAR(255)  NULL,
  status            VARCHAR(16)   NOT NULL,
  attempts          INT           NOT NULL DEFAULT 0,
  -- when the message is next due; while a sender holds it, the end of that sender's lease
  next_attempt_at   DATETIME      NOT NULL,
  claim             CHAR(36)      NULL,
  sent_at           DATETIME      NULL,
  last_error        VARCHAR(1000) NULL,
  created_at        DATETIME      NOT NULL,
  PRIMARY KEY (id),
  KEY ix_outbox_message_due (status, next_attempt_at, id),
  KEY ix_outbox_message_claim (claim),
  KEY ix_outbox_message_recipient (recipient, id),
  CONSTRAINT ck_outbox_message_channel CHECK (channel IN ('EMAIL', 'SMS')),
  CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which channels a user wants besides the in-app inbox, which is always on.
CREATE TABLE notification_setting (
  username      VARCHAR(64)  NOT NULL,
  email         VARCHAR(254) NULL,
  email_enabled BOOLEAN      NOT NULL DEFAULT FALSE,
  mobile        VARCHAR(20)  NULL,
  sms_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
  updated_at    DATETIME     NOT NULL,
  PRIMARY KEY (username),
  CONSTRAINT fk_notification_setting_user FOREIGN KEY (username) REFERENCES app_user (username)
    ON DELETE CASCADE,
  CONSTRAINT ck_notification_setting_email CHECK (email_enabled = FALSE OR email IS NOT NULL),
  CONSTRAINT ck_notification_setting_mobile CHECK (sms_enabled = FALSE OR mobile IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
