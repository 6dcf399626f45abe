package org.yingzai.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.projects.ProjectMapper.AuthorizationRow;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Who may see and act on a project. Its enterprise sees it and prepares and submits its stages; its
 * helper (帮办代办员) does what the enterprise's authorization in force allows, and sees it while one
 * is; the clerks of a department that handles one of its applications, supervisors and
 * administrators see it. Anyone else is told it does not exist.
 */
@Component
class ProjectAccess {

  static final String HELP_DUTY = "help";

  private static final Set<String> HANDLING_DUTIES =
      Set.of("accept", "review", "decide", "issue", "verify");

  private final ProjectMapper mapper;
  private final Clock clock;

  ProjectAccess(ProjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  ProjectRow visible(String projectId) {
    AuthenticatedUser user = CurrentUser.get();
    ProjectRow row = projectId == null ? null : mapper.findProject(projectId);
    if (row == null || !maySee(user, row)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return row;
  }

  /**
   * Whether the current user sees the whole project (every department's work, the stages' forms,
   * the helper's authorizations): its enterprise, its helper under an authorization in force,
   * supervisors and administrators. A department's clerk sees its own department's work only.
   */
  boolean seesEverything(ProjectRow row) {
    AuthenticatedUser user = CurrentUser.get();
    return switch (user.role()) {
      case ENTERPRISE -> isOwner(user, row);
      case CLERK -> isHelper(user, row) && authorizationInForce(row).isPresent();
      case SUPERVISOR, ADMIN -> true;
    };
  }

  /** A project whose whole the current user sees; 404 for anyone else. */
  ProjectRow wholeVisible(String projectId) {
    ProjectRow row = visible(projectId);
    if (!seesEverything(row)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return row;
  }

  /** The project, locked, for its enterprise or a helper authorized to prepare its stages. */
  ProjectRow lockForPreparation(String projectId) {
    return lockFor(projectId, false);
  }

  /** The project, locked, for its enterprise or a helper authorized to submit its stages. */
  ProjectRow lockForSubmission(String projectId) {
    return lockFor(projectId, true);
  }

  /** The current user's own project as its enterprise, locked; 404 for anyone else. */
  ProjectRow lockOwned(String projectId) {
    AuthenticatedUser user = CurrentUser.get();
    ProjectRow row = lock(projectId);
    if (!isOwner(user, row)) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return row;
  }

  /** The authorization in force for the project's helper today, if any. */
  Optional<AuthorizationRow> authorizationInForce(ProjectRow project) {
    if (project.helperUsername() == null) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    return mapper.findAuthorizations(project.id()).stream()
        .filter(a -> a.helperUsername().equals(project.helperUsername()))
        .filter(a -> a.withdrawnAt() == null && !today.isAfter(a.validUntil()))
        .reduce((first, last) -> last);
  }

  private ProjectRow lockFor(String projectId, boolean submitting) {
    AuthenticatedUser user = CurrentUser.get();
    ProjectRow row = lock(projectId);
    if (isOwner(user, row)) {
      return row;
    }
    if (isHelper(user, row)) {
      Optional<AuthorizationRow> authorization = authorizationInForce(row);
      if (authorization.isEmpty()) {
        throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
      }
      if (submitting && !authorization.get().scope().allowsSubmission()) {
        throw ProblemException.conflict(
            "HELPER_NOT_AUTHORIZED_TO_SUBMIT", authorization.get().validUntil());
      }
      return row;
    }
    throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
  }

  private ProjectRow lock(String projectId) {
    if (projectId == null || mapper.lockProject(projectId) == null) {
      throw ProblemException.notFound("PROJECT_NOT_FOUND", projectId);
    }
    return mapper.findProject(projectId);
  }

  private boolean maySee(AuthenticatedUser user, ProjectRow row) {
    return switch (user.role()) {
      case ENTERPRISE -> isOwner(user, row);
      case CLERK ->
          isHelper(user, row) && authorizationInForce(row).isPresent()
              || handlesApplications(user)
                  && user.departmentCode() != null
                  && mapper.involves(row.id(), user.departmentCode());
      case SUPERVISOR, ADMIN -> true;
    };
  }

  /**
   * Whether the clerk works applications (a handling duty): a helper with the duty help alone sees
   * a project only under its enterprise's authorization, even one its department handles.
   */
  static boolean handlesApplications(AuthenticatedUser user) {
    return user.duties().stream().anyMatch(HANDLING_DUTIES::contains);
  }

  private static boolean isOwner(AuthenticatedUser user, ProjectRow row) {
    return user.is(Role.ENTERPRISE)
        && user.enterpriseId() != null
        && user.enterpriseId() == row.enterpriseId();
  }

  private static boolean isHelper(AuthenticatedUser user, ProjectRow row) {
    return user.is(Role.CLERK)
        && user.username().equals(row.helperUsername())
        && user.duties().contains(HELP_DUTY);
  }
}
