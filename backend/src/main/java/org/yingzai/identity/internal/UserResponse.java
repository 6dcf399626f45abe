package org.yingzai.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.identity.Department;
import org.yingzai.identity.Role;
import org.yingzai.identity.Station;

/**
 * A user as administrators see it, without the password hash. {@code locked} says whether logins
 * are refused right now; {@code lockedUntil} is kept after a lock has expired until the next
 * successful login.
 */
record UserResponse(
    String username,
    String displayName,
    Role role,
    EnterpriseSummary enterprise,
    Department department,
    Station station,
    List<String> duties,
    boolean enabled,
    boolean locked,
    int failedLogins,
    OffsetDateTime lockedUntil,
    OffsetDateTime createdAt) {

  record EnterpriseSummary(long id, String creditCode, String name) {}
}
