package org.yingzai.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Query codes (查询码): eight characters drawn by {@link SecureRandom} from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 40 bits, so that a number alone opens nothing.
 */
final class QueryCodes {

  static final int LENGTH = 8;
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private QueryCodes() {}

  static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** The code as typed, without spaces and in capitals; {@code null} stays {@code null}. */
  static String normalize(String typed) {
    return typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** Compares in time that does not depend on where the codes differ. */
  static boolean matches(String expected, String given) {
    byte[] a = (expected == null ? "" : expected).getBytes(StandardCharsets.UTF_8);
    byte[] b = (given == null ? "" : given).getBytes(StandardCharsets.UTF_8);
    return expected != null && MessageDigest.isEqual(a, b);
  }
}
