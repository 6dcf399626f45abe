package org.yingzai.applications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.clock.WarningLevelChanged;

/** Copies every change of the warning level onto the application, in the same transaction. */
@Component
class WarningLevelSync {

  private final ApplicationProgress applications;

  WarningLevelSync(ApplicationProgress applications) {
    this.applications = applications;
  }

  @EventListener
  void on(WarningLevelChanged change) {
    applications.updateWarningLevel(change.applicationId(), change.to(), change.deadline());
  }
}
