package org.yingzai.applications;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.ProblemException;

/**
 * An application's clock as its row keeps a copy of it (deadlines, pause, warning level) for lists
 * and filters.
 */
@Component
class ApplicationClocks {

  private static final Logger log = LoggerFactory.getLogger(ApplicationClocks.class);

  private final ApplicationMapper mapper;
  private final ClockLedger ledger;
  private final ApplicationEventPublisher events;

  ApplicationClocks(
      ApplicationMapper mapper, ClockLedger ledger, ApplicationEventPublisher events) {
    this.mapper = mapper;
    this.ledger = ledger;
    this.events = events;
  }

  /** Lets the application's paused clock run again and copies it. */
  void resume(String applicationId, String legalBasis, String actor) {
    copy(applicationId, ledger.resume(applicationId, legalBasis, actor));
  }

  /**
   * Stops the clock of a withdrawn application, if it was accepted, and copies it: no longer
   * paused, its level as it was.
   */
  void withdraw(String applicationId, String actor) {
    ledger.withdraw(applicationId, actor);
    ledger.state(applicationId).ifPresent(clock -> copy(applicationId, clock));
  }

  void copy(String applicationId, ClockState clock) {
    OffsetDateTime pausedSince = clock.pausedSince();
    mapper.updateClock(
        applicationId,
        clock.deadline().toInstant(),
        clock.legalDeadline().toInstant(),
        clock.paused(),
        pausedSince == null ? null : pausedSince.toInstant());
  }

  /** Stores the level; a change to RED is published as {@link WarningTurnedRed}. */
  void updateWarningLevel(String applicationId, WarningLevel level, OffsetDateTime deadline) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    mapper.updateWarningLevel(applicationId, level);
    if (level == WarningLevel.RED && level != row.warningLevel()) {
      // the notifications module tells the department and the supervisors
      log.info(
          "Application {} ({}) of {} turned RED, deadline {}",
          row.number(),
          applicationId,
          row.departmentCode(),
          deadline);
      events.publishEvent(new WarningTurnedRed(applicationId, row.departmentCode(), deadline));
    }
  }
}
