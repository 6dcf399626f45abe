package org.yingzai.identity.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.yingzai.shared.ProblemException;

/**
 * What a password set by an administrator must be: at least {@value #MIN_LENGTH} characters with at
 * least three of lower-case letters, upper-case letters, digits and symbols (any other character),
 * at most {@value #MAX_BYTES} bytes in UTF-8, the most that BCrypt reads, without the username
 * (forwards or backwards, in any case), and none of the common passwords that guessers try first.
 */
final class PasswordRules {

  /**
   * The 49,233 most common passwords, ranked from leaked password sets, one a line: the list of
   * zxcvbn as kept by zxcvbn-ts (npm package {@code @zxcvbn-ts/language-common} 4.1.3, file {@code
   * src/passwords.json}), under the MIT licence in {@code common-passwords.LICENSE.txt} beside it.
   */
  static final String COMMON_PASSWORDS = "common-passwords.txt";

  static final int MIN_LENGTH = 10;
  static final int MIN_CLASSES = 3;
  static final int MAX_BYTES = 72;

  private PasswordRules() {}

  // loaded once, on first use; compared without case, so "Password123" is "password123"
  private static final class Common {
    static final Rule RULE = load();

    private static Rule load() {
      try (Reader words =
          new InputStreamReader(
              PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS), StandardCharsets.UTF_8)) {
        DictionaryRule rule =
            new DictionaryRule(
                new WordListDictionary(
                    WordLists.createFromReader(new Reader[] {words}, false, new ArraysSort())));
        rule.setMatchBackwards(true);
        return rule;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final Rule NOT_THE_USERNAME = new UsernameRule(true, true);

  /**
   * Returns {@code password} when it follows every rule for the user {@code username}.
   *
   * @throws ProblemException 400 {@code PASSWORD_TOO_WEAK}, {@code PASSWORD_TOO_LONG}, {@code
   *     PASSWORD_CONTAINS_USERNAME} or {@code PASSWORD_TOO_COMMON}
   */
  static String requireAcceptable(String password, String username) {
    requireStrong(password);
    if (username != null
        && !NOT_THE_USERNAME.validate(new PasswordData(username, password)).isValid()) {
      throw ProblemException.badRequest("PASSWORD_CONTAINS_USERNAME");
    }
    if (!Common.RULE.validate(new PasswordData(password)).isValid()) {
      throw ProblemException.badRequest("PASSWORD_TOO_COMMON");
    }
    return password;
  }

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
