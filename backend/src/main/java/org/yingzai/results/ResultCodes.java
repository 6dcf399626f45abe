package org.yingzai.results;

import java.security.SecureRandom;

/**
 * Verification codes: 26 characters of Crockford's base32 from 128 random bits, so that a code
 * cannot be guessed (and guessing is throttled besides).
 */
final class ResultCodes {

  static final int LENGTH = 26;
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ResultCodes() {}

  static String next() {
    byte[] bytes = new byte[17];
    RANDOM.nextBytes(bytes);
    StringBuilder code = new StringBuilder(LENGTH);
    // 26 × 5 = 130 bits taken from 136 random bits
    int buffer = 0;
    int bits = 0;
    int index = 0;
    while (code.length() < LENGTH) {
      if (bits < 5) {
        buffer = (buffer << 8) | (bytes[index++] & 0xff);
        bits += 8;
      }
      code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
    return code.toString();
  }

  /**
   * The code as typed or read aloud, in its one spelling: capitals, without spaces and dashes, O
   * read as 0 and I or L as 1 (Crockford's base32 leaves those letters out for that reason).
   */
  static String normalize(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder code = new StringBuilder(typed.length());
    for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      switch (c) {
        case ' ', '-', '\t', '\u3000' -> {}
        case 'O' -> code.append('0');
        case 'I', 'L' -> code.append('1');
        default -> code.append(c);
      }
    }
    return code.toString();
  }

  /** Whether the text can be a code at all; anything else is not looked up. */
  static boolean wellFormed(String text) {
    if (text == null || text.length() != LENGTH) {
      return false;
    }
    for (char c : text.toCharArray()) {
      if (java.util.Arrays.binarySearch(ALPHABET, c) < 0) {
        return false;
      }
    }
    return true;
  }
}
