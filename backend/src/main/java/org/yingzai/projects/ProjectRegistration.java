package org.yingzai.projects;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.projects.ProjectMapper.NewProject;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectRequests.CreateProjectRequest;
import org.yingzai.projects.ProjectRequests.KeyProjectRequest;
import org.yingzai.shared.ProblemException;

/**
 * An enterprise registers its construction project: the first stage opens at once, the others stay
 * locked. An administrator or supervisor puts a project on the green channel, with a reason.
 */
@Service
class ProjectRegistration {

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final StageOpening opening;
  private final Clock clock;
  private final AuditTrail audit;

  ProjectRegistration(
      ProjectMapper mapper,
      ProjectAccess access,
      StageOpening opening,
      Clock clock,
      AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.opening = opening;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 409 {@code PROJECT_CODE_TAKEN}
   */
  @Transactional
  String create(CreateProjectRequest request) {
    AuthenticatedUser user = CurrentUser.get();
    if (user.role() != Role.ENTERPRISE || user.enterpriseId() == null) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", "");
    }
    if (mapper.countByCode(request.code()) > 0) {
      throw ProblemException.conflict("PROJECT_CODE_TAKEN", request.code());
    }
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    mapper.insertProject(
        new NewProject(
            id,
            request.code(),
            request.name().strip(),
            user.enterpriseId(),
            request.location().strip(),
            request.investment(),
            request.projectType(),
            user.username(),
            now));
    for (Stage stage : Stage.values()) {
      mapper.insertStage(id, stage, StageStatus.LOCKED);
    }
    ProjectRow project = mapper.findProject(id);
    opening.open(project, Stage.values()[0], now);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("code", request.code());
    change.put("name", project.name());
    change.put("projectType", request.projectType().name());
    audit.record(ProjectAuditAction.PROJECT_CREATED, AuditObject.of("project", id), null, change);
    return id;
  }

  @Transactional
  void designateKey(String projectId, KeyProjectRequest request) {
    AuthenticatedUser user = CurrentUser.get();
    if (!user.is(Role.ADMIN) && !user.is(Role.SUPERVISOR)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    ProjectRow project = access.visible(projectId);
    mapper.lockProject(project.id());
    String reason = request.reason().strip();
    mapper.designateKey(project.id(), reason, user.username(), clock.instant());
    audit.record(
        ProjectAuditAction.KEY_PROJECT_DESIGNATED,
        AuditObject.of("project", project.id()),
        reason,
        Map.of("keyProject", true));
  }
}
