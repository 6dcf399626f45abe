package org.yingzai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.yingzai.shared.ProblemException;

class CreditCodesTest {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91371500MA3C12346D", // the example of API.md
        "91350100M000100Y43",
        "91370500MA3C4XK7XG", // demo enterprise 1
        "91370500MA3D8PQ28W", // demo enterprise 2
        "92370500MA3F2L6H1E", // 个体工商户
        "12370500MB123456NY", // 事业单位, check value 30
        "31370000MD00000090" // check value 31, written as 0
      })
  void acceptsCodesWithTheRightCheckCharacter(String code) {
    assertThat(checkValueByHand(code)).isEqualTo(ALPHABET.indexOf(code.charAt(17)));
    assertThat(CreditCodes.isValid(code)).isTrue();
    assertThat(CreditCodes.requireValid(code)).isEqualTo(code);
  }

  @Test
  void computesTheCheckCharacterAsThirtyOneMinusTheWeightedSumModuloThirtyOne() {
    assertThat(CreditCodes.checkCharacter("91371500MA3C12346")).isEqualTo('D');
    assertThat(CreditCodes.checkCharacter("12370500MB123456N")).isEqualTo('Y');
    assertThat(CreditCodes.checkCharacter("31370000MD0000009")).isEqualTo('0');
  }

  @Test
  void refusesAWrongCheckCharacterAndNamesTheExpectedOne() {
    ProblemException problem = refusal("91371500MA3C12346E");

    assertThat(problem.arguments()).containsExactly("91371500MA3C12346E", 2, "D", "E");
    assertThat(message(problem, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("统一社会信用代码 91371500MA3C12346E 的校验码（第 18 位）应为“D”，而不是“E”。");
    assertThat(message(problem, Locale.ENGLISH))
        .isEqualTo(
            "The check character (the 18th) of the unified social credit code"
                + " 91371500MA3C12346E should be \"D\", not \"E\".");
  }

  @Test
  void refusesLowercaseLetters() {
    assertThat(CreditCodes.isValid("91371500ma3c12346d")).isFalse();
    ProblemException problem = refusal("91371500ma3c12346d");
    assertThat(message(problem, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("统一社会信用代码第 9 位的“m”不可用：只能使用数字和大写字母（不含 I、O、Z、S、V）。");
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
  void refusesTheLettersThatLookLikeDigits(char letter) {
    // a valid code with one character replaced: its check character would not help
    String code = "91371500" + letter + "A3C12346D";
    assertThat(CreditCodes.isValid(code)).isFalse();
    ProblemException problem = refusal(code);
    assertThat(problem.arguments()).containsExactly(code, 1, 9, String.valueOf(letter));
    assertThat(message(problem, Locale.ENGLISH))
        .isEqualTo(
            "Character 9 (\""
                + letter
                + "\") of the unified social credit code is not allowed: only digits and capital"
                + " letters other than I, O, Z, S and V.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91371500MA3C1234", "91371500MA3C12346", "91371500MA3C12346DD"})
  void refusesCodesThatAreNotEighteenCharactersLong(String code) {
    assertThat(CreditCodes.isValid(code)).isFalse();
    ProblemException problem = refusal(code);
    assertThat(message(problem, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("统一社会信用代码应为 18 位，收到的是 " + code.length() + " 位。");
  }

  @Test
  void refusesNothingAndBlanks() {
    assertThat(CreditCodes.isValid(null)).isFalse();
    assertThat(refusal(null).arguments()).containsExactly("null", 0, 0, "");
    assertThat(CreditCodes.isValid(" 1371500MA3C12346D")).isFalse();
  }

  @Test
  void generatedTestCodesAreValid() {
    for (int i = 0; i < 100; i++) {
      String code = IdentityFixtures.newCreditCode();
      assertThat(CreditCodes.isValid(code)).as(code).isTrue();
      assertThat(checkValueByHand(code)).isEqualTo(ALPHABET.indexOf(code.charAt(17)));
    }
  }

  private static ProblemException refusal(String code) {
    ProblemException problem =
        catchThrowableOfType(ProblemException.class, () -> CreditCodes.requireValid(code));
    assertThat(problem).as("refusal of %s", code).isNotNull();
    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.code()).isEqualTo("CREDIT_CODE_INVALID");
    return problem;
  }

  private static String message(ProblemException problem, Locale locale) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/identity");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages.getMessage("problem." + problem.code(), problem.arguments(), locale);
  }

  /** GB 32100-2015 written out once more, independently of the code under test. */
  private static int checkValueByHand(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return check == 31 ? 0 : check;
  }
}
