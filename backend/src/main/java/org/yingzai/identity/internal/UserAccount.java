package org.yingzai.identity.internal;

import java.time.Instant;
import org.yingzai.identity.Role;

/** A row of {@code app_user}: a user with their password hash and login state. */
public record UserAccount(
    String username,
    String passwordHash,
    String displayName,
    Role role,
    Long enterpriseId,
    String departmentCode,
    String stationCode,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt) {

  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
