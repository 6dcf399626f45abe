package org.yingzai.applications;

import java.util.regex.Pattern;

/** The identity document of a person who came to the counter (证件类型). */
public enum IdType {
  /** 居民身份证, 18 characters with the check character of GB 11643-1999. */
  RESIDENT_ID(Pattern.compile("\\d{17}[\\dX]")),
  /** 护照. */
  PASSPORT(Pattern.compile("[A-Z0-9]{5,17}")),
  /** 港澳居民来往内地通行证. */
  HK_MACAO_PERMIT(Pattern.compile("[HM]\\d{8,10}")),
  /** 台湾居民来往大陆通行证. */
  TAIWAN_PERMIT(Pattern.compile("\\d{8}|\\d{10}")),
  /** 外国人永久居留身份证. */
  FOREIGN_PERMANENT_RESIDENT_ID(Pattern.compile("[A-Z0-9]{15}|\\d{18}"));

  private final Pattern shape;

  IdType(Pattern shape) {
    this.shape = shape;
  }

  /** Whether the number has this document's shape (and, for a resident ID, its check character). */
  boolean accepts(String number) {
    return shape.matcher(number).matches() && (this != RESIDENT_ID || residentIdChecks(number));
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  // GB 11643-1999 §8: ISO 7064 MOD 11-2 over the first 17 digits
  private static boolean residentIdChecks(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11) == number.charAt(17);
  }
}
