package org.yingzai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.SummaryRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * How the handling of an application moves it on: status, supplement notices, the timeline and the
 * copy of its clock. Every method joins the caller's transaction, which also completes the engine's
 * task.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApplicationProgress {

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final StepRecords steps;
  private final SupplementNotices supplements;
  private final ApplicationClocks clocks;
  private final ObjectMapper json;

  ApplicationProgress(
      ApplicationMapper mapper,
      Catalog catalog,
      StepRecords steps,
      SupplementNotices supplements,
      ApplicationClocks clocks,
      ObjectMapper json) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.steps = steps;
    this.supplements = supplements;
    this.clocks = clocks;
    this.json = json;
  }

  /** The application, locked until the transaction ends; 404 if it does not exist. */
  public ApplicationSummary lock(String applicationId) {
    SummaryRow row = mapper.lockSummaryById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return summary(row);
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public ApplicationSummary summary(String applicationId) {
    SummaryRow row = mapper.findSummaryById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return summary(row);
  }

  /** The facts a document issued for the application states. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public ApplicationFacts facts(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    Map<String, String> form = new LinkedHashMap<>();
    if (row.formJson() != null) {
      try {
        json.readTree(row.formJson())
            .properties()
            .forEach(
                field -> {
                  if (!field.getValue().isNull()) {
                    form.put(field.getKey(), field.getValue().asText());
                  }
                });
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("The form of " + applicationId + " is not JSON", e);
      }
    }
    return new ApplicationFacts(
        row.id(),
        row.number(),
        row.itemCode(),
        row.departmentCode(),
        row.enterpriseId(),
        row.submittedAt(),
        form);
  }

  /**
   * Records one outcome of a step by the current user: the timeline entry, the new status, and the
   * acceptance or finishing time where the outcome brings one.
   */
  public void record(
      String applicationId,
      Step step,
      String action,
      ApplicationStatus newStatus,
      boolean accepts,
      String comment) {
    steps.record(applicationId, step, action, newStatus, accepts, comment);
  }

  /**
   * Records the outcome of a verification after the decision by the current user, on the timeline;
   * the status stays as it is.
   */
  public void recordVerified(String applicationId, String comment) {
    steps.recordVerified(applicationId, comment);
  }

  /**
   * Records a step of the rectification of a bad rating after the application finished ({@link
   * Step#CALL_BACK} or {@link Step#RECTIFY}) by the current user, on the timeline the applicant
   * reads; the status stays as it is.
   */
  public void recordRectification(String applicationId, Step step, String action, String comment) {
    steps.recordRectification(applicationId, step, action, comment);
  }

  /**
   * Revokes an approval (撤销) by the current user with the reason, on the timeline, and publishes
   * {@link ApplicationRevoked}.
   *
   * @throws ProblemException {@code 409 APPLICATION_NOT_REVOCABLE} unless it is {@code APPROVED}
   */
  public void revoke(String applicationId, String reason) {
    steps.revoke(applicationId, reason);
  }

  /**
   * Records the start or the end of a special procedure (§45) at review by the current user: the
   * timeline entry naming the procedure, and the new status.
   */
  public void recordSpecialProcedure(
      String applicationId,
      String action,
      String procedure,
      ApplicationStatus newStatus,
      String comment) {
    steps.recordSpecialProcedure(applicationId, action, procedure, newStatus, comment);
  }

  /** Records an extension of the time limit (§42) by the current user, with its reason. */
  public void recordExtension(String applicationId, Step step, int days, String reason) {
    steps.recordExtension(applicationId, step, days, reason);
  }

  /**
   * Records the acceptance that 行政许可法 §32 makes of an application the department neither accepted
   * nor returned in time: accepted as of {@code receivedAt}, by {@link CurrentUser#SYSTEM}, with a
   * timeline entry citing the law.
   */
  public void acceptAutomatically(
      String applicationId, Instant receivedAt, ApplicationStatus newStatus) {
    steps.acceptAutomatically(applicationId, receivedAt, newStatus);
  }

  /**
   * Copies the clock's deadlines (promised and legal) and pause onto the application, for lists and
   * filters.
   */
  public void updateClock(String applicationId, ClockState clock) {
    clocks.copy(applicationId, clock);
  }

  /**
   * Stores the application's warning level for lists and filters. A change to RED is published as
   * {@link WarningTurnedRed}.
   */
  public void updateWarningLevel(
      String applicationId, WarningLevel level, OffsetDateTime deadline) {
    clocks.updateWarningLevel(applicationId, level, deadline);
  }

  /**
   * Records a supplement notice (一次性告知) listing every missing material at once; the applicant's
   * later uploads answer it.
   */
  public void requestSupplement(
      String applicationId, Step step, List<String> materialCodes, String comment) {
    supplements.request(applicationId, step, materialCodes, comment);
  }

  /**
   * The materials of the application's item that a supplement notice may ask for, in the item's
   * order: those the catalogue takes as uploads, and waived proofs where a provider's fallback or
   * the dishonesty list made them uploads.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<Material> requestableMaterials(String applicationId) {
    return supplements.requestable(applicationId);
  }

  private ApplicationSummary summary(SummaryRow row) {
    return ApplicationSummary.of(row, catalog.requireItemName(row.itemCode()));
  }
}
