package org.yingzai.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.Enterprise;

/**
 * Records the administrator's changes to users and enterprises in the audit trail, in their
 * transaction: one record for each thing a change did, never a password or its hash.
 */
@Component
class AdminAudit {

  private final AuditTrail trail;

  AdminAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void created(UserAccount account, Collection<String> duties) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("username", account.username());
    change.put("role", account.role());
    change.put("enterpriseId", account.enterpriseId());
    change.put("department", account.departmentCode());
    change.put("station", account.stationCode());
    change.put("duties", List.copyOf(duties));
    trail.record(IdentityAuditAction.USER_CREATED, user(account.username()), null, change);
  }

  /** What the request changed of the user, now {@code after}; duties when they were replaced. */
  void changed(
      UserAccount before, UserAccount after, UpdateUserRequest request, Collection<String> duties) {
    String username = after.username();
    if (request.displayName() != null) {
      record(IdentityAuditAction.USER_CHANGED, username, Map.of("displayName", true));
    }
    if (request.role() != null) {
      record(
          IdentityAuditAction.ROLE_CHANGED,
          username,
          Map.of("from", before.role(), "to", after.role()));
    }
    if (request.stationCode() != null) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", before.stationCode());
      change.put("to", after.stationCode());
      record(IdentityAuditAction.STATION_CHANGED, username, change);
    }
    if (duties != null) {
      record(IdentityAuditAction.DUTIES_CHANGED, username, Map.of("duties", List.copyOf(duties)));
    }
    if (request.enabled() != null) {
      record(
          request.enabled() ? IdentityAuditAction.USER_ENABLED : IdentityAuditAction.USER_DISABLED,
          username,
          Map.of("enabled", request.enabled()));
    }
    if (Boolean.TRUE.equals(request.unlock())) {
      record(
          IdentityAuditAction.USER_UNLOCKED,
          username,
          Map.of("failedLogins", before.failedLogins()));
    }
    if (request.password() != null) {
      record(IdentityAuditAction.PASSWORD_RESET, username, Map.of("username", username));
    }
  }

  void enterpriseRegistered(Enterprise enterprise) {
    trail.record(
        IdentityAuditAction.ENTERPRISE_REGISTERED,
        AuditObject.of("enterprise", enterprise.creditCode()),
        null,
        Map.of("creditCode", enterprise.creditCode(), "name", enterprise.name()));
  }

  void enterpriseChanged(Enterprise before, Enterprise after) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("creditCode", after.creditCode());
    change.put("name", Map.of("from", before.name(), "to", after.name()));
    change.put(
        "legalRepresentative",
        Map.of("from", before.legalRepresentative(), "to", after.legalRepresentative()));
    trail.record(
        IdentityAuditAction.ENTERPRISE_CHANGED,
        AuditObject.of("enterprise", after.creditCode()),
        null,
        change);
  }

  private void record(IdentityAuditAction action, String username, Map<String, Object> change) {
    trail.record(action, user(username), null, change);
  }

  private static AuditObject user(String username) {
    return AuditObject.of("user", username);
  }
}
