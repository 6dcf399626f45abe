package org.yingzai.applications;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.ProblemException;

/**
 * Who may see and change an application: the one place that decides it, for this module's use cases
 * and for modules that add to an application. The owner enterprise sees its applications; the
 * handling department's clerks and supervisors see them once submitted; the receiving clerks of the
 * station that took one in person see it from its draft on; everyone else gets 404, as if the
 * application did not exist.
 */
@Service
public class ApplicationAccess {

  private final ApplicationMapper mapper;
  private final Catalog catalog;

  ApplicationAccess(ApplicationMapper mapper, Catalog catalog) {
    this.mapper = mapper;
    this.catalog = catalog;
  }

  /**
   * The application, if the current user may see it.
   *
   * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} otherwise
   */
  @Transactional(readOnly = true)
  public ApplicationSummary visible(String applicationId) {
    return summary(visibleRow(applicationId));
  }

  /** The row of the application if the current user may see it; otherwise 404. */
  ApplicationRow visibleRow(String applicationId) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = applicationId == null ? null : mapper.findById(applicationId);
    if (row == null || !maySee(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return row;
  }

  /**
   * The row of an application the current user may change ({@link #mayChange}), locked until the
   * transaction ends; 404 for anyone else's.
   */
  ApplicationRow lockOwned(String applicationId) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = applicationId == null ? null : mapper.lockById(applicationId);
    if (row == null || !mayChange(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return row;
  }

  static boolean maySee(AuthenticatedUser user, ApplicationRow row) {
    boolean draft = row.status() == ApplicationStatus.DRAFT;
    return switch (user.role()) {
      case ENTERPRISE -> row.enterpriseId().equals(user.enterpriseId());
      // a receiving clerk sees what their station took, never the departments' work
      case CLERK ->
          receives(user)
              ? takenWhereTheyReceive(user, row)
              : !draft && row.departmentCode().equals(user.departmentCode());
      case SUPERVISOR -> !draft;
      default -> false;
    };
  }

  /**
   * Who changes the application: its draft, whoever prepares it (the enterprise's users online, the
   * receiving clerks of the station that takes it in person); once submitted, the enterprise.
   */
  static boolean mayChange(AuthenticatedUser user, ApplicationRow row) {
    if (row.status() == ApplicationStatus.DRAFT && row.inPerson()) {
      return takenWhereTheyReceive(user, row);
    }
    return user.role() == Role.ENTERPRISE && row.enterpriseId().equals(user.enterpriseId());
  }

  /** A clerk with the duty receive at the station where the application was taken in person. */
  static boolean takenWhereTheyReceive(AuthenticatedUser user, ApplicationRow row) {
    return receives(user)
        && row.stationCode() != null
        && row.stationCode().equals(user.stationCode());
  }

  /** Whether the user takes applications in person: a clerk with the duty receive at a station. */
  public static boolean receives(AuthenticatedUser user) {
    return user.role() == Role.CLERK
        && user.stationCode() != null
        && user.duties().contains(RECEIVE_DUTY);
  }

  /** The duty of taking applications in person at the hall or a station. */
  public static final String RECEIVE_DUTY = "receive";

  /**
   * The draft the current user prepares (the enterprise's own, or one taken in person at the
   * receiving clerk's station), locked until the transaction ends, so that nothing about it changes
   * while it is being submitted.
   *
   * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} when it is not the user's; 409
   *     {@code APPLICATION_NOT_DRAFT} once it is submitted
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ApplicationSummary lockOwnDraft(String applicationId) {
    return ownDraft(applicationId == null ? null : mapper.lockById(applicationId), applicationId);
  }

  /** As {@link #lockOwnDraft(String)}, without the lock. */
  @Transactional(readOnly = true)
  public ApplicationSummary ownDraft(String applicationId) {
    return ownDraft(applicationId == null ? null : mapper.findById(applicationId), applicationId);
  }

  /** The codes of the materials the application has at least one upload for. */
  @Transactional(readOnly = true)
  public Set<String> uploadedMaterialCodes(String applicationId) {
    return mapper.findMaterials(applicationId).stream()
        .map(MaterialRow::materialCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  private ApplicationSummary ownDraft(ApplicationRow row, String applicationId) {
    AuthenticatedUser user = CurrentUser.get();
    if (row == null || !mayChange(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (row.status() != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("APPLICATION_NOT_DRAFT", row.number(), row.status());
    }
    return summary(row);
  }

  private ApplicationSummary summary(ApplicationRow row) {
    return ApplicationSummary.of(row.summary(), catalog.requireItemName(row.itemCode()));
  }
}
