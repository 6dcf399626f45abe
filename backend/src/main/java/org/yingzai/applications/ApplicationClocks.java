package org.yingzai.applications;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockState;

/**
 * An application's clock as its row keeps a copy of it (deadlines, pause) for lists and filters.
 */
@Component
class ApplicationClocks {

  private final ApplicationMapper mapper;
  private final ClockLedger ledger;

  ApplicationClocks(ApplicationMapper mapper, ClockLedger ledger) {
    this.mapper = mapper;
    this.ledger = ledger;
  }

  /** Lets the application's paused clock run again and copies it. */
  void resume(String applicationId, String legalBasis, String actor) {
    copy(applicationId, ledger.resume(applicationId, legalBasis, actor));
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
}
