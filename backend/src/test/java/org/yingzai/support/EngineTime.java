package org.yingzai.support;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.yingzai.shared.Times;

/** Moves the engine's clock, which every timestamp of the service hall follows. */
public final class EngineTime {

  private EngineTime() {}

  /** Sets the engine's clock, e.g. {@code at("2026-03-02T09:00:00+08:00")}. */
  public static void at(String offsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
  }

  /** Sets the engine's clock to a time of day in Asia/Shanghai. */
  public static void at(LocalDateTime shanghai) {
    ClockUtil.setCurrentTime(Date.from(shanghai.atZone(Times.ZONE).toInstant()));
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
