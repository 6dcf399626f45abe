package org.yingzai.applications;

import org.springframework.stereotype.Component;

/**
 * An application as the API shows it, for the pages of other modules (a clerk's task, a
 * supervisor's view): the same visibility (404 for what the caller may not see) and the same
 * fields.
 */
@Component
public class ApplicationViews {

  private final ApplicationService applications;

  ApplicationViews(ApplicationService applications) {
    this.applications = applications;
  }

  /**
   * The application if the current user may see it.
   *
   * @throws org.yingzai.shared.ProblemException 404 {@code APPLICATION_NOT_FOUND} otherwise
   */
  public ApplicationResponse get(String applicationId) {
    return applications.get(applicationId);
  }
}
