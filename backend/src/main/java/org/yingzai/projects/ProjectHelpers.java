package org.yingzai.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.audit.AuditEntry;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.identity.Staff;
import org.yingzai.projects.ProjectMapper.AuthorizationRow;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * 帮办代办: an administrator assigns a key project its helper (a clerk with the duty help); the
 * enterprise authorizes the helper, for a scope and until a day, and may withdraw the authorization
 * at any time; the enterprise sees who its helper is and every action the helper took on the
 * project in its name.
 */
@Service
class ProjectHelpers {

  /** How long an authorization may run at most. */
  static final int MAX_AUTHORIZATION_DAYS = 366;

  private static final int SHOWN_ACTIONS = 200;

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final Staff staff;
  private final Clock clock;
  private final AuditTrail audit;

  ProjectHelpers(
      ProjectMapper mapper, ProjectAccess access, Staff staff, Clock clock, AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.staff = staff;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 409 {@code PROJECT_NOT_KEY}; 400 {@code HELPER_INVALID} for anyone but
   *     an enabled clerk with the duty help
   */
  @Transactional
  void assign(String projectId, String helper) {
    AuthenticatedUser user = CurrentUser.get();
    if (!user.is(Role.ADMIN)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    ProjectRow project = access.visible(projectId);
    mapper.lockProject(project.id());
    if (!project.keyProject()) {
      throw ProblemException.conflict("PROJECT_NOT_KEY", project.name());
    }
    if (helper == null || !staff.holdsDuty(helper, ProjectAccess.HELP_DUTY)) {
      throw ProblemException.badRequest("HELPER_INVALID", String.valueOf(helper));
    }
    Instant now = clock.instant();
    if (!helper.equals(project.helperUsername())) {
      // the enterprise authorized a person: a new helper starts without any authorization
      mapper.withdrawAuthorizations(project.id(), user.username(), now, null);
    }
    mapper.assignHelper(project.id(), helper, user.username(), now);
    audit.record(
        ProjectAuditAction.HELPER_ASSIGNED,
        AuditObject.of("project", project.id()),
        null,
        Map.of("helper", helper));
  }

  /**
   * @throws ProblemException 409 {@code PROJECT_HAS_NO_HELPER}; 400 {@code
   *     AUTHORIZATION_UNTIL_INVALID} for a day in the past or more than a year ahead
   */
  @Transactional
  void authorize(String projectId, HelperScope scope, LocalDate validUntil) {
    ProjectRow project = access.lockOwned(projectId);
    if (project.helperUsername() == null) {
      throw ProblemException.conflict("PROJECT_HAS_NO_HELPER", project.name());
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
    if (scope == null
        || validUntil == null
        || validUntil.isBefore(today)
        || validUntil.isAfter(today.plusDays(MAX_AUTHORIZATION_DAYS))) {
      throw ProblemException.badRequest(
          "AUTHORIZATION_UNTIL_INVALID", String.valueOf(validUntil), MAX_AUTHORIZATION_DAYS);
    }
    String by = CurrentUser.get().username();
    // one authorization in force at a time: a new one replaces what was given before
    mapper.withdrawAuthorizations(project.id(), by, now, null);
    mapper.insertAuthorization(project.id(), project.helperUsername(), scope, validUntil, by, now);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("helper", project.helperUsername());
    change.put("scope", scope.name());
    change.put("validUntil", validUntil.toString());
    audit.record(
        ProjectAuditAction.HELPER_AUTHORIZED,
        AuditObject.of("project", project.id()),
        null,
        change);
  }

  /**
   * @throws ProblemException 409 {@code NO_AUTHORIZATION_IN_FORCE}
   */
  @Transactional
  void withdraw(String projectId, String reason) {
    ProjectRow project = access.lockOwned(projectId);
    if (access.authorizationInForce(project).isEmpty()) {
      throw ProblemException.conflict("NO_AUTHORIZATION_IN_FORCE", project.name());
    }
    String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
    mapper.withdrawAuthorizations(
        project.id(), CurrentUser.get().username(), clock.instant(), cleaned);
    audit.record(
        ProjectAuditAction.HELPER_AUTHORIZATION_WITHDRAWN,
        AuditObject.of("project", project.id()),
        cleaned,
        Map.of("helper", project.helperUsername()));
  }

  @Transactional(readOnly = true)
  HelperResponse view(String projectId) {
    ProjectRow project = access.wholeVisible(projectId);
    List<HelperResponse.AuthorizationResponse> authorizations =
        mapper.findAuthorizations(project.id()).stream().map(ProjectHelpers::response).toList();
    HelperResponse.AuthorizationResponse inForce =
        access.authorizationInForce(project).map(ProjectHelpers::response).orElse(null);
    List<AuditEntry> actions =
        project.helperUsername() == null
            ? List.of()
            : audit.ofObjectBy("project", project.id(), project.helperUsername(), SHOWN_ACTIONS);
    return new HelperResponse(
        project.helperUsername(), project.helperName(), inForce, authorizations, actions);
  }

  /** As {@link #view}, for whoever sees the whole project; empty for a department's clerk. */
  @Transactional(readOnly = true)
  Optional<HelperResponse> viewIfWhole(String projectId) {
    ProjectRow project = access.visible(projectId);
    return access.seesEverything(project) ? Optional.of(view(projectId)) : Optional.empty();
  }

  private static HelperResponse.AuthorizationResponse response(AuthorizationRow row) {
    return new HelperResponse.AuthorizationResponse(
        row.id(),
        row.helperUsername(),
        row.scope(),
        row.validUntil(),
        row.grantedBy(),
        Times.local(row.grantedAt()),
        row.withdrawnBy(),
        Times.local(row.withdrawnAt()),
        row.withdrawReason());
  }
}
