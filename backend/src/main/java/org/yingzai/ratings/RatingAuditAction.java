package org.yingzai.ratings;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of ratings and their rectifications. */
enum RatingAuditAction implements AuditedAction {
  RATED,
  RECTIFICATION_OPENED,
  CALLED_BACK,
  RECTIFICATION_ANSWERED
}
