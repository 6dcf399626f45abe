package org.yingzai.identity.internal;

import java.nio.charset.StandardCharsets;
import org.yingzai.shared.ProblemException;

/**
 * What a password set by an administrator must be: at least {@value #MIN_LENGTH} characters with at
 * least three of lower-case letters, upper-case letters, digits and symbols (any other character),
 * and at most {@value #MAX_BYTES} bytes in UTF-8, the most that BCrypt reads.
 */
final class PasswordRules {

  static final int MIN_LENGTH = 10;
  static final int MIN_CLASSES = 3;
  static final int MAX_BYTES = 72;

  private PasswordRules() {}

  /**
   * Returns {@code password} when it follows the rules.
   *
   * @throws ProblemException 400 {@code PASSWORD_TOO_WEAK} or {@code PASSWORD_TOO_LONG}
   */
  static String requireStrong(String password) {
    if (password == null
        || password.codePointCount(0, password.length()) < MIN_LENGTH
        || classes(password) < MIN_CLASSES) {
      throw ProblemException.badRequest("PASSWORD_TOO_WEAK", MIN_LENGTH, MIN_CLASSES);
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw ProblemException.badRequest("PASSWORD_TOO_LONG", MAX_BYTES);
    }
    return password;
  }

  // how many of lower, upper, digit and symbol the password uses
  static int classes(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        symbol = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }
}
