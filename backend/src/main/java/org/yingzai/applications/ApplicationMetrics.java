package org.yingzai.applications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.yingzai.shared.AfterCommit;

/**
 * What operators count of the applications (docs/operations.md), once committed: submissions
 * ({@code yingzai.applications.submitted}) and completions by outcome with the calendar time from
 * submission to completion ({@code yingzai.applications.completed}, tag {@code outcome}: {@code
 * APPROVED}, {@code DENIED} or {@code NOT_ACCEPTED}).
 */
@Component
class ApplicationMetrics {

  private final MeterRegistry registry;
  private final Counter submitted;

  ApplicationMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.submitted =
        Counter.builder("yingzai.applications.submitted")
            .description("Applications submitted, in every channel")
            .register(registry);
    for (ApplicationStatus outcome :
        new ApplicationStatus[] {
          ApplicationStatus.APPROVED, ApplicationStatus.DENIED, ApplicationStatus.NOT_ACCEPTED
        }) {
      completed(outcome);
    }
  }

  void submitted() {
    AfterCommit.run(submitted::increment);
  }

  /** An application was decided or not accepted: the time since its submission. */
  void completed(ApplicationStatus outcome, Instant submittedAt, Instant at) {
    if (submittedAt == null) {
      return;
    }
    Duration taken = Duration.between(submittedAt, at);
    Timer timer = completed(outcome);
    AfterCommit.run(() -> timer.record(taken.isNegative() ? Duration.ZERO : taken));
  }

  private Timer completed(ApplicationStatus outcome) {
    return Timer.builder("yingzai.applications.completed")
        .description("Applications decided or not accepted, and the calendar time since submission")
        .tag("outcome", outcome.name())
        // the promised limits run from a day to a few weeks
        .serviceLevelObjectives(
            Duration.ofHours(1),
            Duration.ofDays(1),
            Duration.ofDays(3),
            Duration.ofDays(7),
            Duration.ofDays(14),
            Duration.ofDays(30),
            Duration.ofDays(60))
        .register(registry);
  }
}
