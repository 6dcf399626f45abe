package org.yingzai.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.LimitLevel;
import org.yingzai.clock.WarningMoments;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.Times;

/** Each step's own clock, from the item's step limit and the working-day calendar. */
@Service
class StepSchedules {

  private final Catalog catalog;
  private final WorkingCalendar calendar;
  private final ClockLedger clocks;
  private final Clock clock;

  StepSchedules(Catalog catalog, WorkingCalendar calendar, ClockLedger clocks, Clock clock) {
    this.catalog = catalog;
    this.calendar = calendar;
    this.clocks = clocks;
    this.clock = clock;
  }

  /**
   * The clock of a step whose task appears now, counted from today; empty when the step has no
   * limit of its own (a special procedure never has one).
   */
  Optional<StepSchedule> startingNow(ServiceItem item, String taskKey, Step step) {
    if (StandardApproval.TASK_SPECIAL_PROCEDURE.equals(taskKey)) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    LimitUnit unit = item.limitUnit();
    return catalog.stepLimit(item.code(), step.name()).map(limit -> startedOn(today, limit, unit));
  }

  /** The clock of the open task's step with its stored limit, as the calendar counts it now. */
  StepSchedule startedWith(WorkTaskMapper.WorkTaskRow task) {
    return startedOn(
        LocalDate.ofInstant(task.createdAt(), Times.ZONE), task.stepLimit(), task.limitUnit());
  }

  /**
   * The clock of a step whose task appeared on {@code startedOn} with {@code limit}, as the
   * calendar counts it now: after a calendar change, the same limit may end on another day.
   */
  StepSchedule startedOn(LocalDate startedOn, int limit, LimitUnit unit) {
    OffsetDateTime dueAt = calendar.deadline(startedOn, limit, unit).deadline();
    LimitLevel level = clocks.limitLevel(dueAt, limit, unit);
    WarningMoments moments = clocks.warningMoments(startedOn, dueAt, limit, unit);
    return new StepSchedule(
        limit,
        unit,
        dueAt.toInstant(),
        level.level(),
        level.daysLeft(),
        moments.yellowAt(),
        moments.redAt());
  }
}
