package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.support.Bundles.load;

import java.io.IOException;
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
}
