package org.yingzai.identity.internal;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of logins. */
enum LoginAuditAction implements AuditedAction {
  /** A password was checked and found right (later requests within the cache's time are not). */
  LOGGED_IN,
  /** A login form was accepted: a page session began. */
  SESSION_STARTED,
  LOGIN_FAILED,
  /** Too many wrong passwords in a row: the account is locked for a while. */
  LOCKED_OUT
}
