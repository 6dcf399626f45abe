package org.yingzai.identity;

import org.yingzai.shared.ProblemException;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from {@code 0-9 A-H J-N
 * P-R T-U W-Y}, the 18th a check character over the first 17. Characters 9 to 17 are the
 * organization code of GB 11714, whose own check digit is not verified here.
 */
public final class CreditCodes {

  static final int LENGTH = 18;

  // the 31 characters in the order of their values 0..30 (no I, O, Z, S, V)
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  // reasons, the second argument of the CREDIT_CODE_INVALID message
  private static final int WRONG_LENGTH = 0;
  private static final int WRONG_CHARACTER = 1;
  private static final int WRONG_CHECK_CHARACTER = 2;

  private CreditCodes() {}

  public static boolean isValid(String code) {
    return flaw(code) == null;
  }

  /**
   * Returns {@code code} when it is a valid unified social credit code.
   *
   * @throws ProblemException 400 {@code CREDIT_CODE_INVALID}, saying whether the length, a
   *     character or the check character is wrong (and naming the expected check character)
   */
  public static String requireValid(String code) {
    Flaw flaw = flaw(code);
    if (flaw != null) {
      throw ProblemException.badRequest(
          "CREDIT_CODE_INVALID", String.valueOf(code), flaw.reason(), flaw.detail(), flaw.found());
    }
    return code;
  }

  static char checkCharacter(CharSequence first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("Expected 17 characters: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  // what is wrong with a code, as the arguments of its message
  private record Flaw(int reason, Object detail, String found) {}

  private static Flaw flaw(String code) {
    int length = code == null ? 0 : code.length();
    if (length != LENGTH) {
      return new Flaw(WRONG_LENGTH, length, "");
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return new Flaw(WRONG_CHARACTER, i + 1, String.valueOf(c));
      }
    }
    char expected = checkCharacter(code.subSequence(0, LENGTH - 1));
    char found = code.charAt(LENGTH - 1);
    return found == expected
        ? null
        : new Flaw(WRONG_CHECK_CHARACTER, String.valueOf(expected), String.valueOf(found));
  }
}
