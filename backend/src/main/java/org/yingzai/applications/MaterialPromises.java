package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.MaterialPromiseMapper.PromiseRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.LimitLevel;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.MaterialPromise;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * 容缺受理 (green channel): a key project's application may be submitted and accepted without its
 * secondary materials against the applicant's signed promise to supply each within its own number
 * of working days from the acceptance. Each promise is watched by a timer from the acceptance; the
 * upload keeps it; a day passed without it breaks it. The approval's result is withheld while any
 * promise is open or broken.
 */
@Service
public class MaterialPromises {

  private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

  /** A promise as the application's page shows it. */
  public record PromiseResponse(
      String materialCode,
      String materialName,
      int days,
      PromiseStatus status,
      String promisedBy,
      java.time.OffsetDateTime promisedAt,
      java.time.OffsetDateTime dueAt,
      WarningLevel warningLevel,
      java.time.OffsetDateTime suppliedAt,
      java.time.OffsetDateTime brokenAt) {}

  private final MaterialPromiseMapper promises;
  private final ApplicationMapper applications;
  private final Catalog catalog;
  private final ClockLedger ledger;
  private final Timeline timeline;
  private final RuntimeService runtime;
  private final MessageSource messages;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  MaterialPromises(
      MaterialPromiseMapper promises,
      ApplicationMapper applications,
      Catalog catalog,
      ClockLedger ledger,
      Timeline timeline,
      RuntimeService runtime,
      MessageSource messages,
      Clock clock,
      ApplicationEventPublisher events) {
    this.promises = promises;
    this.applications = applications;
    this.catalog = catalog;
    this.ledger = ledger;
    this.timeline = timeline;
    this.runtime = runtime;
    this.messages = messages;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Records the applicant's signed promises for the draft's missing materials, as it is submitted.
   *
   * @throws ProblemException 400 {@code MATERIAL_NOT_DEFERRABLE} for a material the item does not
   *     let follow later (the application form and proofs never may)
   */
  void promise(
      ApplicationRow row, ServiceItem item, List<String> materialCodes, AuthenticatedUser by) {
    if (materialCodes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<String> names = new ArrayList<>();
    for (String code : materialCodes) {
      Material material =
          item.material(code)
              .filter(Material::deferrable)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "MATERIAL_NOT_DEFERRABLE",
                          item.material(code).map(Material::name).orElse(code),
                          item.name()));
      String text =
          messages.getMessage(
              "applications.promise.text",
              new Object[] {material.name(), material.deferralDays()},
              RECORDS);
      promises.insert(row.id(), code, material.deferralDays(), text, by.username(), now);
      names.add(
          messages.getMessage(
              "applications.promise.item",
              new Object[] {material.name(), material.deferralDays()},
              RECORDS));
    }
    timeline.add(
        row.id(),
        Step.SUBMISSION,
        "MATERIALS_PROMISED",
        by,
        messages.getMessage(
            "applications.timeline.MATERIALS_PROMISED",
            new Object[] {
              String.join(messages.getMessage("applications.list.separator", null, RECORDS), names)
            },
            RECORDS));
  }

  /**
   * The material codes the application has open promises for, whose day has not passed: a material
   * that comes after its day keeps no promise, even before the timer broke it.
   */
  Set<String> openCodes(String applicationId) {
    Instant now = clock.instant();
    return Set.copyOf(
        promises.findByApplication(applicationId).stream()
            .filter(p -> p.status() == PromiseStatus.PROMISED)
            .filter(p -> p.dueAt() == null || !now.isAfter(p.dueAt()))
            .map(PromiseRow::materialCode)
            .toList());
  }

  /** An upload of the application's material keeps its open promise, if it has one. */
  void uploaded(String applicationId, String materialCode, long materialId) {
    PromiseRow open =
        promises.findByApplication(applicationId).stream()
            .filter(p -> p.status() == PromiseStatus.PROMISED)
            .filter(p -> p.materialCode().equals(materialCode))
            .findFirst()
            .orElse(null);
    if (open == null) {
      return;
    }
    PromiseRow locked = promises.lockById(open.id());
    if (locked.status() != PromiseStatus.PROMISED
        || locked.dueAt() != null && clock.instant().isAfter(locked.dueAt())) {
      return;
    }
    promises.markSupplied(locked.id(), clock.instant(), materialId);
    if (locked.processInstanceId() != null) {
      runtime
          .createMessageCorrelation(MaterialPromise.MESSAGE_SUPPLIED)
          .processInstanceId(locked.processInstanceId())
          .correlate();
    }
    ApplicationRow row = applications.findById(applicationId);
    ServiceItem item = catalog.requireItem(row.itemCode());
    timeline.add(
        applicationId,
        Step.SUPPLEMENT,
        "PROMISED_MATERIAL_SUPPLIED",
        CurrentUser.get(),
        item.material(materialCode).map(Material::name).orElse(materialCode));
    if (row.status() == ApplicationStatus.APPROVED && !withholdsResult(applicationId)) {
      events.publishEvent(new PromisedMaterialsSupplied(applicationId));
    }
  }

  /** The promise's day passed without its material: recorded broken, once. */
  @Transactional
  void broken(long promiseId) {
    PromiseRow promise = promises.lockById(promiseId);
    if (promise == null || promise.status() != PromiseStatus.PROMISED) {
      return;
    }
    promises.markBroken(promiseId, clock.instant());
    ApplicationRow row = applications.findById(promise.applicationId());
    String name =
        catalog
            .requireItem(row.itemCode())
            .material(promise.materialCode())
            .map(Material::name)
            .orElse(promise.materialCode());
    timeline.add(
        row.id(),
        Step.SUPPLEMENT,
        "PROMISE_BROKEN",
        CurrentUser.SYSTEM,
        messages.getMessage("applications.actor.system", null, RECORDS),
        messages.getMessage(
            "applications.timeline.PROMISE_BROKEN",
            new Object[] {name, Times.local(promise.dueAt()).toLocalDate()},
            RECORDS),
        null,
        null);
    events.publishEvent(
        new MaterialPromiseBroken(
            row.id(),
            row.number(),
            row.enterpriseId(),
            promise.materialCode(),
            name,
            promise.dueAt()));
  }

  /** Whether the application's result is withheld: a promise is still open, or was broken. */
  @Transactional(readOnly = true)
  public boolean withholdsResult(String applicationId) {
    return promises.findByApplication(applicationId).stream()
        .anyMatch(p -> p.status() == PromiseStatus.PROMISED || p.status() == PromiseStatus.BROKEN);
  }

  /** Whether a promise of the application was broken: its result is withheld for good. */
  @Transactional(readOnly = true)
  public boolean hasBroken(String applicationId) {
    return promises.findByApplication(applicationId).stream()
        .anyMatch(p -> p.status() == PromiseStatus.BROKEN);
  }

  /** The application's promises, each with its own deadline and warning level. */
  @Transactional(readOnly = true)
  public List<PromiseResponse> of(String applicationId, ServiceItem item) {
    List<PromiseResponse> views = new ArrayList<>();
    for (PromiseRow p : promises.findByApplication(applicationId)) {
      WarningLevel level = null;
      if (p.dueAt() != null) {
        if (p.status() == PromiseStatus.PROMISED) {
          LimitLevel limit =
              ledger.limitLevel(Times.local(p.dueAt()), p.days(), LimitUnit.WORKING_DAYS);
          level = limit.level();
        } else {
          level = p.status() == PromiseStatus.BROKEN ? WarningLevel.RED : WarningLevel.GREEN;
        }
      }
      views.add(
          new PromiseResponse(
              p.materialCode(),
              item.material(p.materialCode()).map(Material::name).orElse(p.materialCode()),
              p.days(),
              p.status(),
              p.promisedBy(),
              Times.local(p.promisedAt()),
              Times.local(p.dueAt()),
              level,
              Times.local(p.suppliedAt()),
              Times.local(p.brokenAt())));
    }
    return views;
  }
}
