package org.yingzai.ratings;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of ratings. */
enum RatingAuditAction implements AuditedAction {
  RATED
}
