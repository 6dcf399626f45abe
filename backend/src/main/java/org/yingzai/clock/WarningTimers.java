package org.yingzai.clock;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warning timer of each running clock: one plain timer job of the engine, due when the clock's
 * level changes next by itself, that {@link WarningTimerHandler} runs (DESIGN.md §5: levels change
 * at the exact moment by engine timers). No process instance, variables or event subscriptions: the
 * job's id is kept on the clock's row, so that moving or dropping it is one lookup by key.
 */
@Component
class WarningTimers {

  private final ClockLedgerMapper clocks;
  private final ProcessEngineConfigurationImpl engine;

  WarningTimers(ClockLedgerMapper clocks, ProcessEngineConfigurationImpl engine) {
    this.clocks = clocks;
    this.engine = engine;
  }

  /**
   * Arms the clock's timer at the schedule's next change, or drops it when none comes by itself;
   * called with the clock's row locked, as {@link WarningService} derived the schedule.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void arm(LockedSchedule locked) {
    arm(locked.applicationId(), locked.armedJobId(), locked.schedule().nextChangeAt(), null);
  }

  /** Drops the clock's timer: it stopped without its level derived again (a withdrawal). */
  @Transactional(propagation = Propagation.MANDATORY)
  void drop(String applicationId) {
    arm(applicationId, clocks.findTimerJob(applicationId), null, null);
  }

  /**
   * Arms the clock's next timer after {@code firedJobId} fired: the engine deletes the fired job
   * once it has run, so it is neither moved nor deleted here.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void armAfter(String firedJobId, LockedSchedule locked) {
    arm(
        locked.applicationId(),
        locked.armedJobId(),
        locked.schedule().nextChangeAt(),
        Objects.requireNonNull(firedJobId));
  }

  private void arm(String applicationId, String armed, Instant due, String firedJobId) {
    String jobId =
        engine
            .getCommandExecutorTxRequired()
            .execute(
                context -> {
                  JobEntity job =
                      armed == null || armed.equals(firedJobId)
                          ? null
                          : context.getJobManager().findJobById(armed);
                  if (job != null) {
                    // a timer already at its moment that has not failed stays as it is
                    if (due != null
                        && job.getRetries() > 0
                        && job.getDuedate() != null
                        && job.getDuedate().toInstant().equals(due)) {
                      return job.getId();
                    }
                    job.delete();
                  }
                  if (due == null) {
                    return null;
                  }
                  TimerEntity timer = new TimerEntity();
                  timer.setJobHandlerType(WarningTimerHandler.TYPE);
                  timer.setJobHandlerConfiguration(new WarningTimerHandler.ClockOf(applicationId));
                  timer.setDuedate(Date.from(due));
                  // not tied to any process instance: nothing to run one at a time with
                  timer.setExclusive(false);
                  context.getJobManager().schedule(timer);
                  return timer.getId();
                });
    if (!Objects.equals(jobId, armed)) {
      clocks.setTimerJob(applicationId, jobId);
    }
  }
}
