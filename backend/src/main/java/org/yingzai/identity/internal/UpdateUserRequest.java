package org.yingzai.identity.internal;

import java.util.List;

/**
 * What to change of a user; absent ({@code null}) parts stay as they are. {@code duties} replaces a
 * clerk's duties, {@code unlock: true} clears the lock and the count of failed logins, and {@code
 * role} moves a user between {@code SUPERVISOR} and {@code ADMIN}. {@code stationCode} moves a
 * clerk to a station; an empty one takes them off it.
 */
record UpdateUserRequest(
    String displayName,
    Boolean enabled,
    List<String> duties,
    String password,
    Boolean unlock,
    String role,
    String stationCode) {

  boolean changesNothing() {
    return displayName == null
        && enabled == null
        && duties == null
        && password == null
        && !Boolean.TRUE.equals(unlock)
        && role == null
        && stationCode == null;
  }
}
