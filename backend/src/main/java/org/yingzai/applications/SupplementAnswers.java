package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.ProblemException;

/**
 * The applicant answers the open supplement notice once every material it names was uploaded again:
 * before acceptance the answer is a new receipt (§32); during review the paused clock runs again.
 * One collaborator over six: the audit trail, which the answer is recorded in.
 */
@Service
class SupplementAnswers {

  private static final Set<String> SUPPLEMENT_TASKS =
      Set.of(
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW);

  private final ApplicationMapper mapper;
  private final ApplicationAccess access;
  private final TaskService tasks;
  private final ApplicationClocks clocks;
  private final Receipts receipts;
  private final Timeline timeline;
  private final ApplicationViews views;
  private final Clock clock;
  private final AuditTrail audit;
  private final Catalog catalog;
  private final MessageSource messages;

  SupplementAnswers(
      ApplicationMapper mapper,
      ApplicationAccess access,
      TaskService tasks,
      ApplicationClocks clocks,
      Receipts receipts,
      Timeline timeline,
      ApplicationViews views,
      Clock clock,
      AuditTrail audit,
      Catalog catalog,
      MessageSource messages) {
    this.catalog = catalog;
    this.messages = messages;
    this.mapper = mapper;
    this.access = access;
    this.tasks = tasks;
    this.clocks = clocks;
    this.receipts = receipts;
    this.timeline = timeline;
    this.views = views;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 409 {@code NO_SUPPLEMENT_REQUESTED}; 400 {@code
   *     SUPPLEMENT_MATERIALS_MISSING} with the codes still missing in {@code missingMaterials}
   */
  @Transactional
  ApplicationResponse answer(String applicationId, String comment) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = access.lockOwned(applicationId);
    if (row.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
      throw ProblemException.conflict("NO_SUPPLEMENT_REQUESTED");
    }
    SupplementRow open =
        mapper.findSupplements(row.id()).stream()
            .filter(s -> s.answeredAt() == null)
            .reduce((first, second) -> second)
            .orElseThrow(() -> ProblemException.conflict("NO_SUPPLEMENT_REQUESTED"));
    Set<String> suppliedSince =
        mapper.findMaterials(row.id()).stream()
            .filter(m -> m.id() > open.materialWatermark())
            .map(MaterialRow::materialCode)
            .collect(Collectors.toSet());
    List<String> stillMissing =
        ApplicationViews.codes(open.materialCodes()).stream()
            .filter(c -> !suppliedSince.contains(c))
            .toList();
    if (!stillMissing.isEmpty()) {
      // named as the applicant reads them; the codes go with the problem for the page
      ServiceItem item = catalog.requireItem(row.itemCode());
      throw ProblemException.badRequest(
              "SUPPLEMENT_MATERIALS_MISSING",
              String.join(
                  messages.getMessage(
                      "applications.list.separator", null, LocaleContextHolder.getLocale()),
                  stillMissing.stream()
                      .map(c -> item.material(c).map(Material::name).orElse(c))
                      .toList()))
          .with("missingMaterials", stillMissing);
    }
    Task task =
        tasks.createTaskQuery().processInstanceId(row.processInstanceId()).list().stream()
            .filter(t -> SUPPLEMENT_TASKS.contains(t.getTaskDefinitionKey()))
            .findFirst()
            .orElseThrow(() -> ProblemException.conflict("NO_SUPPLEMENT_REQUESTED"));
    Instant now = clock.instant();
    String note = StringUtils.hasText(comment) ? comment.strip() : null;
    mapper.answerSupplement(open.id(), user.username(), now, note);
    Step askedBy = open.step();
    if (askedBy == Step.REVIEW) {
      clocks.resume(row.id(), ClockLegalBasis.SUPPLEMENT_ANSWERED, user.username());
    }
    mapper.updateStatus(
        row.id(),
        askedBy == Step.REVIEW ? ApplicationStatus.UNDER_REVIEW : ApplicationStatus.SUBMITTED);
    timeline.add(row.id(), Step.SUPPLEMENT, "SUPPLEMENTED", user, note);
    // an answer before acceptance is a new receipt: the five days of §32 start again from it
    tasks.complete(task.getId(), askedBy == Step.ACCEPT ? receipts.of(now) : Map.of());
    audit.record(
        ApplicationAuditAction.SUPPLEMENT_ANSWERED,
        AuditObject.application(row.id()),
        note,
        Map.of(
            "supplementId", open.id(), "step", askedBy.name(), "materials", open.materialCodes()));
    return views.current(row.id());
  }
}
