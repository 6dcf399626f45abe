package org.yingzai.support;

import org.camunda.bpm.engine.RepositoryService;
import org.yingzai.processes.StandardApproval;

/** Applications in flight under an earlier version of the approval process, as after an upgrade. */
public final class EarlierModels {

  private EarlierModels() {}

  /**
   * Submits an application of the item while {@code resource} is the latest approval model, then
   * makes the current model the latest again for every other application.
   */
  public static String submittedUnder(
      RepositoryService repository,
      Journeys journeys,
      String resource,
      String enterprise,
      String itemCode) {
    repository
        .createDeployment()
        .name("standard-approval, an earlier version")
        .addClasspathResource(resource)
        .deploy();
    try {
      return journeys.submitted(enterprise, itemCode);
    } finally {
      repository
          .createDeployment()
          .name("standard-approval")
          .addClasspathResource(StandardApproval.RESOURCE)
          .deploy();
    }
  }
}
