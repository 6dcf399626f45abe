package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            ClockMessagesTest.class.getClassLoader().getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
