package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles of the approval path say everything in Chinese and in English. */
class HandlingMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"handling", "applications", "clock"})
  void everyMessageIsInChineseAndInEnglish(String bundle) throws IOException {
    Properties chinese = load("i18n/" + bundle + ".properties");
    Properties english = load("i18n/" + bundle + "_en.properties");

    assertThat(chinese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_en"})
  void theRefusalsAndRecordsOfProceduresExtensionsAndAutomaticAcceptanceAreWritten(String language)
      throws IOException {
    assertThat(load("i18n/handling" + language + ".properties").stringPropertyNames())
        .contains(
            "problem.PROCEDURE_REQUIRED",
            "problem.PROCEDURE_INVALID",
            "problem.EXTENSION_REASON_REQUIRED",
            "problem.APPLICATION_NOT_EXTENDABLE");
    assertThat(load("i18n/applications" + language + ".properties").stringPropertyNames())
        .contains("applications.actor.system", "applications.timeline.ACCEPTED_AUTOMATICALLY");
    assertThat(load("i18n/clock" + language + ".properties").stringPropertyNames())
        .contains("problem.EXTENSION_EXCEEDS_MAXIMUM", "clock.pauseReason.EXPERT_REVIEW");
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            HandlingMessagesTest.class.getClassLoader().getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
