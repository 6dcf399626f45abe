package org.yingzai.identity.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.Role;

/**
 * Records logins in the audit trail. A name nobody has is recorded as {@code unknown}: what was
 * typed there is sometimes a password.
 */
@Component
class LoginAudit {

  static final String UNKNOWN = "unknown";

  private final AuditTrail trail;

  LoginAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void loggedIn(String username, Role role) {
    trail.recordAs(
        username, role.name(), IdentityAuditAction.LOGGED_IN, user(username), null, Map.of());
  }

  void sessionStarted(String username, Role role) {
    trail.recordAs(
        username, role.name(), IdentityAuditAction.SESSION_STARTED, user(username), null, Map.of());
  }

  void unknownUser() {
    trail.recordAs(
        UNKNOWN,
        "ANONYMOUS",
        IdentityAuditAction.LOGIN_FAILED,
        user(UNKNOWN),
        "unknown user",
        Map.of());
  }

  // cause: bad password, account locked, account disabled
  void failed(String username, Role role, String cause) {
    trail.recordAs(
        username, role.name(), IdentityAuditAction.LOGIN_FAILED, user(username), cause, Map.of());
  }

  void lockedOut(String username, Role role, int failures, Instant until) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("failedLogins", failures);
    change.put("lockedUntil", until);
    trail.recordAs(
        username,
        role.name(),
        IdentityAuditAction.LOCKED_OUT,
        user(username),
        failures + " failed logins",
        change);
  }

  private static AuditObject user(String username) {
    return AuditObject.of("user", username);
  }
}
