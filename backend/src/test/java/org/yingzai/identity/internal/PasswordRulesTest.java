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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Password123", // long enough, three kinds, and among the most common of all
        "Password1234",
        "Qwertyuiop1",
        "321drowssaP" // backwards
      })
  void refusesCommonPasswordsThatFollowTheOtherRules(String password) {
    assertThat(PasswordRules.requireStrong(password)).isEqualTo(password);
    assertThatThrownBy(() -> PasswordRules.requireAcceptable(password, "zhang.wei"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("PASSWORD_TOO_COMMON"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zhang.Wei2026", // the username in another case
        "#2026zhang.wei",
        "iew.gnahz#2026A" // backwards
      })
  void refusesThePasswordThatContainsTheUsername(String password) {
    assertThatThrownBy(() -> PasswordRules.requireAcceptable(password, "zhang.wei"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("PASSWORD_CONTAINS_USERNAME"));
  }

  @Test
  void refusesAPasswordEqualToAUsernameThatFollowsTheOtherRules() {
    assertThatThrownBy(() -> PasswordRules.requireAcceptable("Ops.Team-2026", "ops.team-2026"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("PASSWORD_CONTAINS_USERNAME"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Demo#2026pass", // the demo accounts'
        "Hall#2026test", // the test halls'
        "Test#2026pass",
        "Start#2026pw",
        "Changed#2026pw",
        "New#2026pass"
      })
  void acceptsThePasswordsOfTheDemoAndTheTests(String password) {
    for (String username : new String[] {"admin", "enterprise", "clerk", "supervisor"}) {
      assertThat(PasswordRules.requireAcceptable(password, username)).isEqualTo(password);
    }
  }

  @Test
  void theWeakAndTheLongAreRefusedFirst() {
    assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", "password"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("PASSWORD_TOO_WEAK"));
  }

  private static void assertRefused(String password, String code) {
    assertThatThrownBy(() -> PasswordRules.requireStrong(password))
        .isInstanceOfSatisfying(
            ProblemException.class, problem -> assertThat(problem.code()).isEqualTo(code));
  }
}
