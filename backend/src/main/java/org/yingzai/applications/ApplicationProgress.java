package org.yingzai.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * How the handling of an application moves it on: status, supplement notices and the timeline.
 * Every method joins the caller's transaction, which also completes the engine's task.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApplicationProgress {

  private static final Logger log = LoggerFactory.getLogger(ApplicationProgress.class);

  /** Texts the service hall writes into records itself are in its first language. */
  private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

  private final ApplicationMapper mapper;
  private final Timeline timeline;
  private final ApplicationClocks clocks;
  private final Catalog catalog;
  private final java.time.Clock clock;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final ProofChecks proofs;

  ApplicationProgress(
      ApplicationMapper mapper,
      Timeline timeline,
      ApplicationClocks clocks,
      Catalog catalog,
      java.time.Clock clock,
      ApplicationEventPublisher events,
      MessageSource messages,
      ProofChecks proofs) {
    this.mapper = mapper;
    this.timeline = timeline;
    this.clocks = clocks;
    this.catalog = catalog;
    this.clock = clock;
    this.events = events;
    this.messages = messages;
    this.proofs = proofs;
  }

  /** The application, locked until the transaction ends; 404 if it does not exist. */
  public ApplicationSummary lock(String applicationId) {
    ApplicationRow row = mapper.lockById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return summary(row);
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public ApplicationSummary summary(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return summary(row);
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
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(applicationId, step, action, actor, comment);
    if (accepts) {
      mapper.markAccepted(applicationId, clock.instant());
    }
    if (newStatus.isFinished()) {
      mapper.markFinished(applicationId, newStatus, clock.instant());
    } else {
      mapper.updateStatus(applicationId, newStatus);
    }
    if (newStatus == ApplicationStatus.APPROVED || newStatus == ApplicationStatus.DENIED) {
      ApplicationRow row = mapper.findById(applicationId);
      events.publishEvent(
          new ApplicationDecided(
              applicationId,
              newStatus,
              row.enterpriseId(),
              row.departmentCode(),
              row.itemCode(),
              clock.instant()));
    }
  }

  /**
   * Records the outcome of a verification after the decision by the current user, on the timeline;
   * the status stays as it is.
   */
  public void recordVerified(String applicationId, String comment) {
    timeline.add(applicationId, Step.VERIFY, "VERIFIED", CurrentUser.get(), comment);
  }

  /**
   * Revokes an approval (撤销) by the current user with the reason, on the timeline, and publishes
   * {@link ApplicationRevoked}.
   *
   * @throws ProblemException {@code 409 APPLICATION_NOT_REVOCABLE} unless it is {@code APPROVED}
   */
  public void revoke(String applicationId, String reason) {
    ApplicationRow row = mapper.lockById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (row.status() != ApplicationStatus.APPROVED) {
      throw ProblemException.conflict("APPLICATION_NOT_REVOCABLE", row.number(), row.status());
    }
    timeline.add(applicationId, Step.VERIFY, "REVOKED", CurrentUser.get(), reason);
    mapper.updateStatus(applicationId, ApplicationStatus.REVOKED);
    events.publishEvent(
        new ApplicationRevoked(
            applicationId,
            row.number(),
            catalog.requireItemName(row.itemCode()),
            row.enterpriseId(),
            reason));
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
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(
        applicationId,
        Step.REVIEW,
        action,
        actor.username(),
        actor.displayName(),
        comment,
        procedure,
        null);
    mapper.updateStatus(applicationId, newStatus);
  }

  /** Records an extension of the time limit (§42) by the current user, with its reason. */
  public void recordExtension(String applicationId, Step step, int days, String reason) {
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(
        applicationId, step, "EXTENDED", actor.username(), actor.displayName(), reason, null, days);
  }

  /**
   * Records the acceptance that 行政许可法 §32 makes of an application the department neither accepted
   * nor returned in time: accepted as of {@code receivedAt}, by {@link CurrentUser#SYSTEM}, with a
   * timeline entry citing the law.
   */
  public void acceptAutomatically(
      String applicationId, Instant receivedAt, ApplicationStatus newStatus) {
    String receivedOn = LocalDate.ofInstant(receivedAt, Times.ZONE).toString();
    timeline.add(
        applicationId,
        Step.ACCEPT,
        "ACCEPTED_AUTOMATICALLY",
        CurrentUser.SYSTEM,
        messages.getMessage("applications.actor.system", null, RECORDS),
        messages.getMessage(
            "applications.timeline.ACCEPTED_AUTOMATICALLY", new Object[] {receivedOn}, RECORDS),
        null,
        null);
    mapper.markAccepted(applicationId, receivedAt);
    mapper.updateStatus(applicationId, newStatus);
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
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    mapper.updateWarningLevel(applicationId, level);
    if (level == WarningLevel.RED && level != row.warningLevel()) {
      // the notifications module tells the department and the supervisors
      log.info(
          "Application {} ({}) of {} turned RED, deadline {}",
          row.number(),
          applicationId,
          row.departmentCode(),
          deadline);
      events.publishEvent(new WarningTurnedRed(applicationId, row.departmentCode(), deadline));
    }
  }

  /**
   * Records a supplement notice (一次性告知) listing every missing material at once; the applicant's
   * later uploads answer it.
   */
  public void requestSupplement(
      String applicationId, Step step, List<String> materialCodes, String comment) {
    ApplicationRow row = mapper.findById(applicationId);
    Set<String> codes = new LinkedHashSet<>(materialCodes);
    Set<String> requestable =
        requestable(row).stream().map(Material::code).collect(Collectors.toSet());
    for (String code : codes) {
      if (!requestable.contains(code)) {
        throw ProblemException.badRequest("MATERIAL_NOT_REQUESTABLE", code, row.itemCode());
      }
    }
    AuthenticatedUser actor = CurrentUser.get();
    mapper.insertSupplement(
        SupplementRow.request(
            applicationId,
            step,
            actor.username(),
            clock.instant(),
            comment,
            mapper.maxMaterialId(applicationId)));
    long requestId = mapper.lastInsertId();
    if (!codes.isEmpty()) {
      mapper.insertSupplementMaterials(requestId, codes);
    }
    record(
        applicationId,
        step,
        "SUPPLEMENT_REQUESTED",
        ApplicationStatus.SUPPLEMENT_REQUESTED,
        false,
        comment);
  }

  /**
   * The materials of the application's item that a supplement notice may ask for, in the item's
   * order: those the catalogue takes as uploads, and waived proofs where a provider's fallback or
   * the dishonesty list made them uploads.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<Material> requestableMaterials(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return requestable(row);
  }

  private List<Material> requestable(ApplicationRow row) {
    ServiceItem item = catalog.requireItem(row.itemCode());
    ProofContext context = MissingMaterials.context(row, item, mapper.findMaterials(row.id()));
    return item.materials().stream()
        .filter(m -> m.uploadAllowed() || proofs.uploadAllowed(context, m))
        .toList();
  }

  private ApplicationSummary summary(ApplicationRow row) {
    return ApplicationSummary.of(row, catalog.requireItemName(row.itemCode()));
  }
}
