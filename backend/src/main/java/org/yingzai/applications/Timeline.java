package org.yingzai.applications;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.TimelineRow;
import org.yingzai.identity.AuthenticatedUser;

/**
 * Writes the entries of an application's timeline (who did what at which step, and why) and
 * publishes each as {@link ApplicationProgressed}.
 */
@Component
class Timeline {

  private final ApplicationMapper mapper;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Timeline(ApplicationMapper mapper, Clock clock, ApplicationEventPublisher events) {
    this.mapper = mapper;
    this.clock = clock;
    this.events = events;
  }

  void add(
      String applicationId, Step step, String action, AuthenticatedUser actor, String comment) {
    add(applicationId, step, action, actor.username(), actor.displayName(), comment, null, null);
  }

  /**
   * @param specialProcedure the procedure (§45) a special-procedure entry names
   * @param days the working days an extension added
   */
  void add(
      String applicationId,
      Step step,
      String action,
      String actor,
      String actorName,
      String comment,
      String specialProcedure,
      Integer days) {
    mapper.insertTimeline(
        new TimelineRow(
            null,
            applicationId,
            clock.instant(),
            step,
            action,
            actor,
            actorName,
            comment,
            specialProcedure,
            days));
    events.publishEvent(
        new ApplicationProgressed(applicationId, step, action, comment, specialProcedure, days));
  }
}
