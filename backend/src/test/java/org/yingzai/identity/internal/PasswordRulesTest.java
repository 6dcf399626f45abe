package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yingzai.shared.ProblemException;

class PasswordRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Demo#2026pass", // the demo password: all four kinds
        "abcdefgH12", // exactly ten characters, three kinds
        "abcdefgh#1", // lower, symbol, digit
        "ABCDEFGH#1", // upper, symbol, digit
        "营在高新abcdEF", // Chinese characters count as symbols
        "correct horse Battery" // a space is a symbol too
      })
  void acceptsTenCharactersOfAtLeastThreeKinds(String password) {
    assertThat(PasswordRules.requireStrong(password)).isEqualTo(password);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ab#1234", // three kinds, too short
        "abcD#1234", // four kinds, nine characters
        "abcdefghijklmnop", // one kind
        "abcdefgh12345", // two kinds
        "ABCDEFGH####", // two kinds
        ""
      })
  void refusesShortPasswordsOrFewerThanThreeKinds(String password) {
    assertRefused(password, "PASSWORD_TOO_WEAK");
  }

  @Test
  void refusesNoPasswordAtAll() {
    assertRefused(null, "PASSWORD_TOO_WEAK");
  }

  @Test
  void refusesMoreThanBcryptReads() {
    String seventyTwo = "Aa1#".repeat(18);
    assertThat(PasswordRules.requireStrong(seventyTwo)).isEqualTo(seventyTwo);
    assertRefused(seventyTwo + "x", "PASSWORD_TOO_LONG");
    // 24 Chinese characters are 72 bytes
    assertRefused("密".repeat(24) + "Aa1", "PASSWORD_TOO_LONG");
  }

  @Test
  void countsTheKindsOfCharacters() {
    assertThat(PasswordRules.classes("abc")).isEqualTo(1);
    assertThat(PasswordRules.classes("aB")).isEqualTo(2);
    assertThat(PasswordRules.classes("aB3")).isEqualTo(3);
    assertThat(PasswordRules.classes("aB3-")).isEqualTo(4);
  }

  private static void assertRefused(String password, String code) {
    assertThatThrownBy(() -> PasswordRules.requireStrong(password))
        .isInstanceOfSatisfying(
            ProblemException.class, problem -> assertThat(problem.code()).isEqualTo(code));
  }
}
