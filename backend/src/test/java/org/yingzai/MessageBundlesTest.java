package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yingzai.support.Bundles;

/** Chinese first, English second: every bundle says the same things in both languages. */
class MessageBundlesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
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
        "i18n/audit"
      })
  void everyMessageIsInChineseAndInEnglish(String bundle) {
    List<String> chinese =
        Bundles.load(bundle + ".properties").stringPropertyNames().stream().sorted().toList();
    assertThat(chinese).isNotEmpty();
    assertThat(Bundles.load(bundle + "_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(chinese);
  }
}
