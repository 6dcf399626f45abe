package org.yingzai.handling;

import static org.yingzai.processes.StandardApproval.OUTCOME_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_APPROVE;
import static org.yingzai.processes.StandardApproval.OUTCOME_DENY;
import static org.yingzai.processes.StandardApproval.OUTCOME_NOT_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_PASS;
import static org.yingzai.processes.StandardApproval.OUTCOME_PROCEDURE_FINISHED;
import static org.yingzai.processes.StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
import static org.yingzai.processes.StandardApproval.OUTCOME_SPECIAL_PROCEDURE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.PauseReason;
import org.yingzai.clock.SegmentKind;
import org.yingzai.handling.WorkTaskMapper.QueueFilter;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.LikePatterns;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * A clerk's work: the queue, claiming, the outcome of each step and extensions; and the acceptance
 * the law makes when nobody accepted in time.
 */
@Service
class HandlingService {

  /** Outcomes that need no written reason; every other one does. */
  private static final Set<String> NO_COMMENT_NEEDED =
      Set.of(OUTCOME_ACCEPT, OUTCOME_PASS, OUTCOME_APPROVE, CommitmentVerification.OUTCOME_TRUE);

  /** The procedures of 行政许可法 §45 a reviewer may pause for, in the API's order. */
  static final List<String> SPECIAL_PROCEDURES =
      Arrays.stream(PauseReason.values())
          .filter(PauseReason::isSpecialProcedure)
          .map(Enum::name)
          .toList();

  private final WorkTaskMapper workTasks;
  private final ApplicationProgress applications;
  private final TaskService engineTasks;
  private final Catalog catalog;
  private final ClockLedger clocks;
  private final Clock clock;

  HandlingService(
      WorkTaskMapper workTasks,
      ApplicationProgress applications,
      TaskService engineTasks,
      Catalog catalog,
      ClockLedger clocks,
      Clock clock) {
    this.workTasks = workTasks;
    this.applications = applications;
    this.engineTasks = engineTasks;
    this.catalog = catalog;
    this.clocks = clocks;
    this.clock = clock;
  }

  /**
   * The clerk's open work, most urgent first (by the step's due time, then oldest first), narrowed
   * by the filter.
   */
  @Transactional(readOnly = true)
  PageResponse<TaskResponse> openTasks(TaskFilter filter, PageRequest page) {
    AuthenticatedUser clerk = clerk();
    Set<String> groups = clerk.candidateGroups();
    TaskFilter given = filter == null ? TaskFilter.NONE : filter;
    QueueFilter criteria =
        new QueueFilter(
            given.level() == null ? null : given.level().name(),
            given.step() == null ? null : given.step().name(),
            given.itemCode(),
            given.number() == null ? null : LikePatterns.escape(given.number()) + "%");
    long total = workTasks.countOpen(clerk.username(), groups, criteria);
    List<TaskResponse> content =
        total <= page.offset()
            ? List.of()
            : workTasks
                .findOpen(clerk.username(), groups, criteria, page.offset(), page.size())
                .stream()
                .map(this::response)
                .toList();
    return new PageResponse<>(content, page.page(), page.size(), total);
  }

  /**
   * An open task the clerk may see: offered to their groups or claimed by them (a colleague's claim
   * shows as its assignee). Another department's or duty's task answers 404 as if it did not exist;
   * a finished one answers 409.
   */
  @Transactional(readOnly = true)
  TaskResponse task(String taskId) {
    AuthenticatedUser clerk = clerk();
    WorkTaskRow task = workTasks.findById(taskId);
    if (task == null
        || !(clerk.candidateGroups().contains(task.candidateGroup())
            || clerk.username().equals(task.assignee()))) {
      throw ProblemException.notFound("TASK_NOT_FOUND", taskId);
    }
    if (task.completedAt() != null) {
      throw ProblemException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    return response(task);
  }

  /** The open task of the application that the clerk may work now, if there is one. */
  @Transactional(readOnly = true)
  Optional<String> openTaskOf(String applicationId) {
    AuthenticatedUser clerk = clerk();
    return Optional.ofNullable(
        workTasks.findOpenOfApplication(applicationId, clerk.username(), clerk.candidateGroups()));
  }

  /** Whether the clerk may extend time limits (§42) in their department. */
  static boolean mayExtend(AuthenticatedUser user) {
    return user.hasDuty(user.departmentCode(), StandardApproval.DUTY_DECIDE);
  }

  @Transactional
  TaskResponse claim(String taskId) {
    AuthenticatedUser clerk = clerk();
    WorkTaskRow task = workable(taskId, clerk);
    if (task.assignee() == null) {
      engine(() -> engineTasks.claim(taskId, clerk.username()));
    }
    return response(workTasks.findById(taskId));
  }

  @Transactional
  CompletionResponse complete(String taskId, CompleteTaskRequest request) {
    AuthenticatedUser clerk = clerk();
    WorkTaskRow task = workable(taskId, clerk);
    Step step = Step.valueOf(task.step());
    ApplicationSummary application = applications.lock(task.applicationId());
    String outcome = request.outcome();
    List<String> allowed = allowedOutcomes(task.taskKey(), step, application.handlingType());
    if (!allowed.contains(outcome)) {
      throw ProblemException.badRequest(
          "OUTCOME_NOT_ALLOWED", outcome, step, String.join(", ", allowed));
    }
    String comment = StringUtils.hasText(request.comment()) ? request.comment().strip() : null;
    if (comment == null && needsComment(outcome)) {
      throw ProblemException.badRequest("COMMENT_REQUIRED", outcome);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(StandardApproval.VAR_OUTCOME, outcome);
    record(application, step, outcome, comment, request, variables);
    if (task.assignee() == null) {
      engine(() -> engineTasks.claim(taskId, clerk.username()));
    }
    workTasks.markCompleted(taskId, clock.instant(), clerk.username(), outcome);
    engine(() -> engineTasks.complete(taskId, variables));
    ApplicationSummary after = applications.summary(task.applicationId());
    return new CompletionResponse(
        taskId, step, outcome, after.id(), after.number(), after.status());
  }

  /**
   * Extends the time limit of an accepted application at review or decision (§42), by a deciding
   * officer of its department, with a reason; the applicant sees it on the clock and the timeline.
   */
  @Transactional
  ExtensionResponse extend(String applicationId, ExtensionRequest request) {
    AuthenticatedUser clerk = clerk();
    ApplicationSummary application = applications.lock(applicationId);
    if (application.status() == ApplicationStatus.DRAFT
        || !clerk.hasDuty(application.departmentCode(), StandardApproval.DUTY_DECIDE)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    Step step =
        switch (application.status()) {
          case UNDER_REVIEW, PAUSED -> Step.REVIEW;
          case AWAITING_DECISION -> Step.DECIDE;
          default ->
              throw ProblemException.conflict("APPLICATION_NOT_EXTENDABLE", application.status());
        };
    String reason = StringUtils.hasText(request.reason()) ? request.reason().strip() : null;
    if (reason == null) {
      throw ProblemException.badRequest("EXTENSION_REASON_REQUIRED");
    }
    ClockState before =
        clocks
            .state(applicationId)
            .orElseThrow(() -> ProblemException.conflict("CLOCK_NOT_STARTED"));
    int left = before.maxExtension() - before.extendedDays();
    if (request.days() > left) {
      throw ProblemException.badRequest("EXTENSION_EXCEEDS_MAXIMUM", request.days(), left);
    }
    ClockState after =
        clocks.extend(
            applicationId, request.days(), ClockLegalBasis.EXTENDED, reason, clerk.username());
    applications.updateClock(applicationId, after);
    applications.recordExtension(applicationId, step, request.days(), reason);
    return new ExtensionResponse(
        applicationId,
        application.number(),
        step,
        request.days(),
        reason,
        clerk.username(),
        Times.local(clock.instant()),
        after.deadline(),
        after);
  }

  /**
   * Accepts an application that was neither accepted nor returned within five working days of its
   * receipt, as of {@code receivedAt} (行政许可法 §32); called by the process's timer.
   */
  @Transactional
  void acceptAutomatically(String applicationId, Instant receivedAt) {
    ApplicationSummary application = applications.lock(applicationId);
    if (application.status() != ApplicationStatus.SUBMITTED) {
      throw new IllegalStateException(
          "Application " + applicationId + " is " + application.status() + ", not at acceptance");
    }
    boolean instant = StandardApproval.HANDLING_INSTANT.equals(application.handlingType());
    applications.acceptAutomatically(
        applicationId,
        receivedAt,
        instant ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.UNDER_REVIEW);
    startClock(
        application,
        LocalDate.ofInstant(receivedAt, Times.ZONE),
        ClockLegalBasis.ACCEPTED_AUTOMATICALLY,
        CurrentUser.SYSTEM);
  }

  private void record(
      ApplicationSummary application,
      Step step,
      String outcome,
      String comment,
      CompleteTaskRequest request,
      Map<String, Object> variables) {
    String id = application.id();
    switch (step + ":" + outcome) {
      case "ACCEPT:ACCEPT" -> {
        applications.record(id, step, "ACCEPTED", ApplicationStatus.UNDER_REVIEW, true, comment);
        startClock(application);
      }
      case "ACCEPT:NOT_ACCEPT" ->
          applications.record(
              id, step, "NOT_ACCEPTED", ApplicationStatus.NOT_ACCEPTED, false, comment);
      case "ACCEPT:APPROVE", "ACCEPT:DENY" -> {
        // 即办件: accepted and decided in the one step, due the day it is accepted
        applications.record(id, step, "ACCEPTED", ApplicationStatus.ACCEPTED, true, null);
        startClock(application);
        decide(id, outcome, comment);
      }
      case "REVIEW:PASS" ->
          applications.record(
              id, step, "PASSED", ApplicationStatus.AWAITING_DECISION, false, comment);
      case "ACCEPT:REQUEST_SUPPLEMENT", "REVIEW:REQUEST_SUPPLEMENT" -> {
        List<String> missing = request.missingMaterials();
        if (missing == null || missing.isEmpty()) {
          throw ProblemException.badRequest("MISSING_MATERIALS_REQUIRED");
        }
        applications.requestSupplement(id, step, missing, comment);
        if (step == Step.REVIEW) {
          // after acceptance the applicant's time is not counted
          applications.updateClock(
              id,
              clocks.pause(
                  id,
                  PauseReason.SUPPLEMENT,
                  ClockLegalBasis.SUPPLEMENT_REQUESTED,
                  comment,
                  CurrentUser.get().username()));
        }
      }
      case "REVIEW:SPECIAL_PROCEDURE" -> {
        PauseReason procedure = specialProcedure(request.procedure());
        variables.put(StandardApproval.VAR_PROCEDURE, procedure.name());
        applications.recordSpecialProcedure(
            id, "SPECIAL_PROCEDURE_STARTED", procedure.name(), ApplicationStatus.PAUSED, comment);
        applications.updateClock(
            id,
            clocks.pause(
                id,
                procedure,
                ClockLegalBasis.SPECIAL_PROCEDURE_STARTED,
                comment,
                CurrentUser.get().username()));
      }
      case "REVIEW:PROCEDURE_FINISHED" -> {
        String procedure = procedureUnderWay(id);
        applications.updateClock(
            id,
            clocks.resume(
                id, ClockLegalBasis.SPECIAL_PROCEDURE_FINISHED, CurrentUser.get().username()));
        applications.recordSpecialProcedure(
            id, "SPECIAL_PROCEDURE_FINISHED", procedure, ApplicationStatus.UNDER_REVIEW, comment);
      }
      case "DECIDE:APPROVE", "DECIDE:DENY" -> decide(id, outcome, comment);
      // the verification process records the outcome; a revocation gives the comment as its reason
      case "VERIFY:TRUE", "VERIFY:FALSE" ->
          variables.put(CommitmentVerification.VAR_COMMENT, comment);
      default -> throw new IllegalStateException("Unhandled " + step + " outcome " + outcome);
    }
  }

  /** The special procedure a reviewer named; 400 when it is missing or not one of §45's. */
  static PauseReason specialProcedure(String procedure) {
    String all = String.join(", ", SPECIAL_PROCEDURES);
    if (!StringUtils.hasText(procedure)) {
      throw ProblemException.badRequest("PROCEDURE_REQUIRED", all);
    }
    if (!SPECIAL_PROCEDURES.contains(procedure.strip())) {
      throw ProblemException.badRequest("PROCEDURE_INVALID", procedure, all);
    }
    return PauseReason.valueOf(procedure.strip());
  }

  /** The procedure the open pause of the clock was started for, as the ledger says. */
  private String procedureUnderWay(String applicationId) {
    return clocks.state(applicationId).stream()
        .flatMap(state -> state.segments().stream())
        .filter(s -> s.kind() == SegmentKind.PAUSED && s.endedAt() == null)
        .map(s -> s.reason().name())
        .reduce((first, last) -> last)
        .orElseThrow(() -> ProblemException.conflict("CLOCK_NOT_PAUSED"));
  }

  private void startClock(ApplicationSummary application) {
    startClock(
        application,
        LocalDate.ofInstant(clock.instant(), Times.ZONE),
        ClockLegalBasis.ACCEPTED,
        CurrentUser.get().username());
  }

  // the application as locked by the caller: its item does not change while it is handled
  private void startClock(
      ApplicationSummary application, LocalDate acceptedOn, String legalBasis, String actor) {
    ServiceItem item = catalog.requireItem(application.itemCode());
    int limit = item.handlingType() == HandlingType.INSTANT ? 0 : item.promisedLimit();
    applications.updateClock(
        application.id(),
        clocks.start(
            application.id(),
            acceptedOn,
            limit,
            item.legalLimit(),
            item.limitUnit(),
            item.maxExtension(),
            legalBasis,
            actor));
  }

  private void decide(String applicationId, String outcome, String comment) {
    clocks.finish(applicationId, CurrentUser.get().username());
    boolean approved = OUTCOME_APPROVE.equals(outcome);
    applications.record(
        applicationId,
        Step.DECIDE,
        approved ? "APPROVED" : "DENIED",
        approved ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED,
        false,
        comment);
  }

  /**
   * What a task may be finished with: by its step, except that a special procedure at review is
   * only ever finished.
   */
  static List<String> allowedOutcomes(String taskKey, Step step, String handlingType) {
    if (StandardApproval.TASK_SPECIAL_PROCEDURE.equals(taskKey)) {
      return List.of(OUTCOME_PROCEDURE_FINISHED);
    }
    boolean instant = StandardApproval.HANDLING_INSTANT.equals(handlingType);
    return switch (step) {
      case ACCEPT ->
          instant
              ? List.of(
                  OUTCOME_APPROVE, OUTCOME_DENY, OUTCOME_REQUEST_SUPPLEMENT, OUTCOME_NOT_ACCEPT)
              : List.of(OUTCOME_ACCEPT, OUTCOME_REQUEST_SUPPLEMENT, OUTCOME_NOT_ACCEPT);
      case REVIEW -> List.of(OUTCOME_PASS, OUTCOME_REQUEST_SUPPLEMENT, OUTCOME_SPECIAL_PROCEDURE);
      case DECIDE -> List.of(OUTCOME_APPROVE, OUTCOME_DENY);
      case VERIFY ->
          List.of(CommitmentVerification.OUTCOME_TRUE, CommitmentVerification.OUTCOME_FALSE);
      default -> List.of();
    };
  }

  /** Whether the outcome needs a written reason (API.md: all but ACCEPT, PASS and APPROVE). */
  static boolean needsComment(String outcome) {
    return !NO_COMMENT_NEEDED.contains(outcome);
  }

  /**
   * The task, locked, if the clerk may work it. A task of another department or duty answers 404 as
   * if it did not exist; one finished or held by a colleague answers 409.
   */
  private WorkTaskRow workable(String taskId, AuthenticatedUser clerk) {
    WorkTaskRow task = workTasks.lockById(taskId);
    boolean mine =
        task != null
            && (clerk.candidateGroups().contains(task.candidateGroup())
                || clerk.username().equals(task.assignee()));
    if (!mine) {
      throw ProblemException.notFound("TASK_NOT_FOUND", taskId);
    }
    if (task.completedAt() != null) {
      throw ProblemException.conflict("TASK_ALREADY_COMPLETED", taskId);
    }
    if (task.assignee() != null && !task.assignee().equals(clerk.username())) {
      throw ProblemException.conflict("TASK_HELD_BY_OTHER", task.assignee());
    }
    return task;
  }

  private static AuthenticatedUser clerk() {
    AuthenticatedUser user = CurrentUser.get();
    if (user.role() != Role.CLERK) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN");
    }
    return user;
  }

  private static void engine(Runnable call) {
    try {
      call.run();
    } catch (OptimisticLockingException | NullValueException e) {
      throw ProblemException.conflict("TASK_CONFLICT");
    } catch (ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().contains("already claimed")) {
        throw ProblemException.conflict("TASK_CONFLICT");
      }
      throw e;
    }
  }

  /**
   * The task as a clerk sees it, with its outcomes and its level: as the step timers set it, or
   * derived now from its own limit and due time for a task of an earlier process version.
   */
  private TaskResponse response(WorkTaskRow row) {
    OffsetDateTime dueAt = Times.local(row.dueAt());
    String level =
        row.warningLevel() != null || dueAt == null || row.stepLimit() == null
            ? row.warningLevel()
            : clocks
                .limitLevel(dueAt, row.stepLimit(), LimitUnit.valueOf(row.limitUnit()))
                .level()
                .name();
    Step step = Step.valueOf(row.step());
    List<String> outcomes = allowedOutcomes(row.taskKey(), step, row.handlingType());
    return new TaskResponse(
        row.taskId(),
        step,
        row.applicationId(),
        row.applicationNumber(),
        row.itemName(),
        Times.local(row.createdAt()),
        dueAt,
        level,
        row.assignee(),
        row.taskKey(),
        outcomes,
        outcomes.stream().filter(HandlingService::needsComment).toList(),
        row.itemCode(),
        Times.local(row.applicationDeadline()));
  }
}
