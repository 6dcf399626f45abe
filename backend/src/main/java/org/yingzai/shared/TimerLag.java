package org.yingzai.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * How late the engine's timers of the warning levels fire: the time from a timer's due date to the
 * moment its job ran, recorded once its transaction has committed as {@code yingzai.timers.lag}
 * (tag {@code timer}: {@code step} or {@code warning}). A job retried after a failure counts once,
 * with the lag of the run that committed.
 */
@Component
public class TimerLag {

  /** A step timer of a task: its step turns YELLOW or RED. */
  public static final String STEP = "step";

  /** A clock's warning timer: the application turns YELLOW or RED. */
  public static final String WARNING = "warning";

  private final Timer step;
  private final Timer warning;
  private final Clock clock;

  TimerLag(MeterRegistry registry, Clock clock) {
    this.step = timer(registry, STEP);
    this.warning = timer(registry, WARNING);
    this.clock = clock;
  }

  private static Timer timer(MeterRegistry registry, String kind) {
    return Timer.builder("yingzai.timers.lag")
        .description("From a warning timer's due date to the moment it fired")
        .tag("timer", kind)
        .serviceLevelObjectives(
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2))
        .register(registry);
  }

  /** Called by a timer's delegate while its job runs; nothing when not run as a job. */
  public void fired(String kind) {
    JobEntity job =
        Context.getCommandContext() == null ? null : Context.getCommandContext().getCurrentJob();
    if (job == null || job.getDuedate() == null) {
      return;
    }
    Duration lag = Duration.between(job.getDuedate().toInstant(), clock.instant());
    Timer timer = STEP.equals(kind) ? step : warning;
    AfterCommit.run(() -> timer.record(lag.isNegative() ? Duration.ZERO : lag));
  }
}
