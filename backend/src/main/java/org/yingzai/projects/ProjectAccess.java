package org.yingzai.projects;

import org.springframework.stereotype.Component;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.shared.ProblemException;

/**
 * Who may see a project: its enterprise, the clerks of a department that handles one of its
 * applications, supervisors and administrators. Only its enterprise prepares and submits its
 * stages. Anyone else is told it does not exist.
 */
@Component
class ProjectAccess {

  private final ProjectMapper mapper;

  ProjectAccess(ProjectMapper mapper) {
    this.mapper = mapper;
  }

  ProjectRow visible(String projectId) {
    AuthenticatedUser user = CurrentUser.get();
    ProjectRow row = projectId == null ? null : mapper.findProject(projectId);
    if (row == null || !maySee(user, row)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return row;
  }

  /** The current enterprise user's own project, locked until the transaction ends. */
  ProjectRow lockOwned(String projectId) {
    AuthenticatedUser user = CurrentUser.get();
    ProjectRow row = projectId == null ? null : mapper.lockProject(projectId);
    if (row == null || user.role() != Role.ENTERPRISE || !maySee(user, row)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return row;
  }

  private boolean maySee(AuthenticatedUser user, ProjectRow row) {
    return switch (user.role()) {
      case ENTERPRISE -> user.enterpriseId() != null && user.enterpriseId() == row.enterpriseId();
      case CLERK ->
          user.departmentCode() != null && mapper.involves(row.id(), user.departmentCode());
      case SUPERVISOR, ADMIN -> true;
    };
  }
}
