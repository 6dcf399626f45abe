package org.yingzai.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.Times;

/**
 * The receipt of an application (a submission, or a supplement answered before acceptance) and the
 * acceptance deadline that follows from it, as process variables.
 */
@Component
class Receipts {

  private final WorkingCalendar calendar;

  Receipts(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  Map<String, Object> of(Instant receivedAt) {
    LocalDate receivedOn = LocalDate.ofInstant(receivedAt, Times.ZONE);
    Instant dueAt =
        calendar
            .deadline(receivedOn, Catalog.ACCEPTANCE_LIMIT, LimitUnit.WORKING_DAYS)
            .deadline()
            .toInstant();
    return Map.of(
        StandardApproval.VAR_RECEIVED_AT,
        Date.from(receivedAt),
        StandardApproval.VAR_ACCEPTANCE_DUE_AT,
        Date.from(dueAt));
  }
}
