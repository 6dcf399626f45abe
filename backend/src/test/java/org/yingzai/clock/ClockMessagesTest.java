package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.support.Bundles.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClockMessagesTest {

  @Test
  void everyMessageIsInChineseAndInEnglish() throws IOException {
    Properties chinese = load("i18n/clock.properties");
    Properties english = load("i18n/clock_en.properties");

    assertThat(chinese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames())
        .contains(
            "problem.LIMIT_INVALID",
            "problem.DATE_OUT_OF_RANGE",
            "problem.DATE_RANGE_TOO_LONG",
            "problem.CALENDAR_YEAR_INVALID",
            "problem.CALENDAR_DAYS_INVALID",
            "problem.CALENDAR_YEAR_NOT_FOUND",
            "problem.CALENDAR_CHANGE_CONFLICT")
        .containsAll(
            Arrays.stream(CalendarDayRules.Reason.values())
                .map(reason -> "clock.dayProblem." + reason.name())
                .toList());
  }
}
