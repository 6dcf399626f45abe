package org.yingzai.clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each clock's warning timer in step with its ledger, inside the transaction that changed the
 * ledger: armed when the clock starts, moved at every pause, resumption and extension, and dropped
 * when the clock stops (at the decision or the withdrawal).
 */
@Component
class LegalClockSync {

  private final WarningService warnings;
  private final WarningTimers timers;

  LegalClockSync(WarningService warnings, WarningTimers timers) {
    this.warnings = warnings;
    this.timers = timers;
  }

  /**
   * Derives the clock's level and its timer's moment afresh after a calendar change; a paused clock
   * keeps its level and gets no timer (as the warnings derive it).
   */
  void rearm(String applicationId) {
    timers.arm(warnings.record(applicationId, WarningCause.CALENDAR_CHANGED));
  }

  @EventListener
  void on(ClockChanged change) {
    String applicationId = change.applicationId();
    if (change.finished()) {
      if (change.withdrawn()) {
        // a withdrawn application's level stays as it was: it was not decided on time or late
        timers.drop(applicationId);
      } else {
        // a stopped clock's schedule has no next change: its timer is dropped
        timers.arm(warnings.record(applicationId, WarningCause.STOPPED));
      }
      return;
    }
    LockedSchedule schedule =
        switch (change.kind()) {
          case PAUSED -> warnings.schedule(applicationId);
          case RUNNING ->
              warnings.record(
                  applicationId, change.started() ? WarningCause.STARTED : WarningCause.RESUMED);
          case EXTENDED -> warnings.record(applicationId, WarningCause.EXTENDED);
        };
    timers.arm(schedule);
  }
}
