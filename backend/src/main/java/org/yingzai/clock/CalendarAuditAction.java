package org.yingzai.clock;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of the calendar's maintenance. */
enum CalendarAuditAction implements AuditedAction {
  CALENDAR_YEAR_PUBLISHED,
  CALENDAR_YEAR_REPLACED,
  CALENDAR_YEAR_WITHDRAWN
}
