package org.yingzai.identity.internal;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of logins and of the administration of users and enterprises. */
enum IdentityAuditAction implements AuditedAction {
  /** A password was checked and found right (later requests within the cache's time are not). */
  LOGGED_IN,
  /** A login form was accepted: a page session began. */
  SESSION_STARTED,
  LOGIN_FAILED,
  /** Too many wrong passwords in a row: the account is locked for a while. */
  LOCKED_OUT,
  USER_CREATED,
  /** The display name was changed. */
  USER_CHANGED,
  ROLE_CHANGED,
  DUTIES_CHANGED,
  /** A clerk was moved to another station, or off one. */
  STATION_CHANGED,
  USER_ENABLED,
  USER_DISABLED,
  USER_UNLOCKED,
  /** An administrator set a new password; the record never holds it, nor its hash. */
  PASSWORD_RESET,
  ENTERPRISE_REGISTERED,
  /** The name or the legal representative of an enterprise was changed. */
  ENTERPRISE_CHANGED
}
