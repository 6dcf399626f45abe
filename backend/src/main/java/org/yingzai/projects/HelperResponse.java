package org.yingzai.projects;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.audit.AuditEntry;

/**
 * A key project's helper (帮办代办员), the authorizations its enterprise gave and withdrew, the one in
 * force, and every action the helper took on the project in the enterprise's name.
 */
public record HelperResponse(
    String helper,
    String helperName,
    AuthorizationResponse inForce,
    List<AuthorizationResponse> authorizations,
    List<AuditEntry> actions) {

  public record AuthorizationResponse(
      long id,
      String helper,
      HelperScope scope,
      LocalDate validUntil,
      String grantedBy,
      OffsetDateTime grantedAt,
      String withdrawnBy,
      OffsetDateTime withdrawnAt,
      String withdrawReason) {}
}
