package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yingzai.support.Bundles;

/** Chinese first, English second: every bundle says the same things in both languages. */
class MessageBundlesTest {

  static List<String> bundles() {
    return List.of(
        "messages",
        "i18n/web",
        "i18n/identity",
        "i18n/catalog",
        "i18n/applications",
        "i18n/handling",
        "i18n/clock",
        "i18n/supervision",
        "i18n/notifications",
        "i18n/evidence",
        "i18n/audit",
        "i18n/results",
        "i18n/ratings");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyMessageIsInChineseAndInEnglish(String bundle) {
    List<String> chinese =
        Bundles.load(bundle + ".properties").stringPropertyNames().stream().sorted().toList();
    assertThat(chinese).isNotEmpty();
    assertThat(Bundles.load(bundle + "_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese);
  }

  /**
   * A message with arguments goes through MessageFormat, where a lone apostrophe quotes the rest.
   */
  @ParameterizedTest
  @MethodSource("bundles")
  void anApostropheInAMessageWithArgumentsIsDoubled(String bundle) {
    Properties english = Bundles.load(bundle + "_en.properties");
    List<String> lone =
        english.stringPropertyNames().stream()
            .filter(key -> english.getProperty(key).matches("(?s).*\\{\\d.*"))
            .filter(key -> english.getProperty(key).replace("''", "").contains("'"))
            .sorted()
            .toList();
    assertThat(lone).isEmpty();
  }
}
