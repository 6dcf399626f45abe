package org.yingzai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.clock.ClockChanged;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.SharedCounters;
import org.yingzai.shared.SharedCounters.Counter;
import org.yingzai.shared.Times;

/**
 * Adds every clock stopped by a decision to the histogram of time used, in the transaction that
 * stopped it (just before its commit: the month's row is shared by every decision of the item), so
 * that the statistics never need to read the ledgers of finished applications again. A withdrawn
 * application was not decided: its time is neither on time nor late.
 */
@Component
class FinishedDurations {

  private final StatisticsMapper statistics;
  private final ClockLedger clocks;
  private final ApplicationProgress applications;
  private final Clock clock;

  FinishedDurations(
      StatisticsMapper statistics,
      ClockLedger clocks,
      ApplicationProgress applications,
      Clock clock) {
    this.statistics = statistics;
    this.clocks = clocks;
    this.applications = applications;
    this.clock = clock;
  }

  @EventListener(condition = "#changed.finished() and !#changed.withdrawn()")
  void on(ClockChanged changed) {
    ClockState state = clocks.state(changed.applicationId()).orElseThrow();
    ApplicationSummary application = applications.summary(changed.applicationId());
    LocalDate month = LocalDate.now(clock.withZone(Times.ZONE)).withDayOfMonth(1);
    SharedCounters.increment(
        Counter.FINISHED_DURATION,
        () ->
            statistics.addFinished(
                application.itemCode(),
                application.departmentCode(),
                month,
                state.workingDaysUsed(),
                state.warningLevel() != WarningLevel.RED));
  }
}
