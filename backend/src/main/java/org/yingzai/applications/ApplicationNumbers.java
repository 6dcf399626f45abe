package org.yingzai.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Times;

/** Application numbers: {@code YZ}, the day of submission, and the day's 6-digit sequence. */
@Component
class ApplicationNumbers {

  private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final ApplicationMapper mapper;

  ApplicationNumbers(ApplicationMapper mapper) {
    this.mapper = mapper;
  }

  String next(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, Times.ZONE);
    mapper.nextDailySequence(day);
    long sequence = mapper.lastInsertId();
    if (sequence > 999_999) {
      throw new IllegalStateException("Daily application sequence exhausted on " + day);
    }
    return "YZ" + NUMBER_DATE.format(day) + String.format("%06d", sequence);
  }
}
