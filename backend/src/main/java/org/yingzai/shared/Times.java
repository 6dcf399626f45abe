package org.yingzai.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The service hall's time zone: every time shown to people is in Asia/Shanghai. */
public final class Times {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Times() {}

  public static OffsetDateTime local(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }
}
