package org.yingzai.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the service hall: the process engine's, so that tests which move the engine's
 * clock move every timestamp we write with it.
 */
public final class EngineClock extends Clock {

  @Override
  public ZoneId getZone() {
    return Times.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
