package org.yingzai.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.ProblemException;

/** What the administrator may write into a user's fields, each refusal with a code of its own. */
final class UserRules {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final int MAX_DISPLAY_NAME = 100;

  // the duties a clerk may hold, in the order of the approval path, then 帮办代办 for key projects and
  // taking applications in person at the hall or a station
  static final List<String> DUTIES = List.of("accept", "review", "decide", "help", "receive");

  private UserRules() {}

  static String requireUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw ProblemException.badRequest("USERNAME_INVALID", String.valueOf(username));
    }
    if (CurrentUser.SYSTEM.equals(username)) {
      // the timeline's actor for what the service hall does by itself
      throw ProblemException.badRequest("USERNAME_RESERVED", username);
    }
    return username;
  }

  static String requireDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw ProblemException.badRequest("DISPLAY_NAME_REQUIRED");
    }
    String name = displayName.strip();
    if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
      throw ProblemException.badRequest("DISPLAY_NAME_TOO_LONG", MAX_DISPLAY_NAME);
    }
    return name;
  }

  static Role requireRole(String role) {
    if (role == null || role.isBlank()) {
      throw ProblemException.badRequest("ROLE_REQUIRED");
    }
    try {
      return Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("ROLE_INVALID", role);
    }
  }

  static SortedSet<String> requireDuties(Collection<String> requested) {
    if (requested.isEmpty()) {
      throw ProblemException.badRequest("DUTY_REQUIRED");
    }
    SortedSet<String> duties = new TreeSet<>();
    for (String duty : requested) {
      if (duty == null || !DUTIES.contains(duty)) {
        throw ProblemException.badRequest("DUTY_INVALID", String.valueOf(duty));
      }
      duties.add(duty);
    }
    return duties;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
