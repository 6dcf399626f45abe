-- The in-app inbox: one row per recipient and message; read once, never deleted.
CREATE TABLE notification (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  recipient      VARCHAR(64)  NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  application_id CHAR(36)     NULL,
  title          VARCHAR(255) NOT NULL,
  body           TEXT         NOT NULL,
  created_at     DATETIME     NOT NULL,
  read_at        DATETIME     NULL,
  PRIMARY KEY (id),
  KEY ix_notification_inbox (recipient, read_at, id),
  KEY ix_notification_recipient (recipient, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
