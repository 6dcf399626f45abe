package org.yingzai.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a time limit runs out: the end (23:59:59, Asia/Shanghai) of its last day. {@code
 * provisional} when the count touched a year without a published calendar, which was counted Monday
 * to Friday; it may move once that year is published.
 */
public record Deadline(OffsetDateTime deadline, boolean provisional) {

  /** The last day of the limit. */
  public LocalDate day() {
    return deadline.toLocalDate();
  }
}
