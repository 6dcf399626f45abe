package org.yingzai.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.clock.PauseReason;
import org.yingzai.clock.SegmentKind;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.processes.Rectification;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * A clerk works a task: claims it, and finishes its step with an outcome that the step allows, a
 * reason where the outcome needs one, and what the outcome records on the application and its
 * clock.
 */
@Service
class HandlingService {

  private final WorkTaskMapper workTasks;
  private final WorkQueue queue;
  private final ApplicationProgress applications;
  private final TaskService engineTasks;
  private final CommandExecutor engineCommands;
  private final ClockLedger clocks;
  private final ClockStarts clockStarts;
  private final Clock clock;
  private final AuditTrail audit;

  HandlingService(
      WorkTaskMapper workTasks,
      WorkQueue queue,
      ApplicationProgress applications,
      TaskService engineTasks,
      ProcessEngineConfigurationImpl engine,
      ClockLedger clocks,
      ClockStarts clockStarts,
      Clock clock,
      AuditTrail audit) {
    this.workTasks = workTasks;
    this.queue = queue;
    this.applications = applications;
    this.engineTasks = engineTasks;
    this.engineCommands = engine.getCommandExecutorTxRequired();
    this.clocks = clocks;
    this.clockStarts = clockStarts;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional
  TaskResponse claim(String taskId) {
    AuthenticatedUser clerk = WorkQueue.clerk();
    WorkTaskRow task = workable(taskId, clerk);
    if (task.assignee() == null) {
      engine(() -> engineTasks.claim(taskId, clerk.username()));
      audit.record(
          TaskAuditAction.CLAIMED,
          AuditObject.ofApplication("task", taskId, task.applicationId()),
          null,
          Map.of("step", task.step(), "assignee", clerk.username()));
    }
    return queue.response(workTasks.findById(taskId));
  }

  @Transactional
  CompletionResponse complete(String taskId, CompleteTaskRequest request) {
    AuthenticatedUser clerk = WorkQueue.clerk();
    // the application's lock before the task's, in the order a withdrawal takes them
    WorkTaskRow seen = workTasks.findById(taskId);
    if (!WorkQueue.mayWork(clerk, seen)) {
      throw ProblemException.notFound("TASK_NOT_FOUND", taskId);
    }
    ApplicationSummary application = applications.lock(seen.applicationId());
    WorkTaskRow task = workable(taskId, clerk);
    Step step = task.step();
    // the task carries its application's handling type, as the queue showed its outcomes
    List<Outcome> allowed = Outcome.allowed(task.taskKey(), step, task.handlingType());
    Outcome outcome =
        Outcome.named(request.outcome())
            .filter(allowed::contains)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "OUTCOME_NOT_ALLOWED",
                        request.outcome(),
                        step,
                        String.join(", ", allowed.stream().map(Outcome::name).toList())));
    String comment = StringUtils.hasText(request.comment()) ? request.comment().strip() : null;
    if (comment == null && outcome.needsComment()) {
      throw ProblemException.badRequest("COMMENT_REQUIRED", outcome);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(StandardApproval.VAR_OUTCOME, outcome.name());
    record(application, step, outcome, comment, request, variables);
    // the queue's row is marked completed by the task's complete listener (WorkQueueSync)
    // claimed (if no one held it) and completed in one engine command: one read of the task, one
    // flush of the engine's rows
    engine(
        () ->
            engineCommands.execute(
                context -> {
                  if (task.assignee() == null) {
                    engineTasks.claim(taskId, clerk.username());
                  }
                  if (OutcomeVariable.ROUTED.contains(step)) {
                    TaskEntity engineTask = context.getTaskManager().findTaskById(taskId);
                    // a task gone meanwhile is refused by complete() as such
                    if (engineTask != null) {
                      variables.put(
                          StandardApproval.VAR_OUTCOME,
                          OutcomeVariable.valueFor(engineTask.getExecution(), outcome.name()));
                    }
                  }
                  engineTasks.complete(taskId, variables);
                  return null;
                }));
    ApplicationSummary after = applications.summary(task.applicationId());
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("step", step);
    change.put("outcome", outcome);
    change.put("missingMaterials", request.missingMaterials());
    change.put("procedure", request.procedure());
    change.put("status", after.status());
    audit.record(
        TaskAuditAction.COMPLETED,
        AuditObject.ofApplication("task", taskId, after.id()),
        comment,
        change);
    return new CompletionResponse(
        taskId, step, outcome, after.id(), after.number(), after.status());
  }

  // what the outcome, allowed at this step, records on the application and its clock
  private void record(
      ApplicationSummary application,
      Step step,
      Outcome outcome,
      String comment,
      CompleteTaskRequest request,
      Map<String, Object> variables) {
    String id = application.id();
    String actor = CurrentUser.get().username();
    switch (outcome) {
      case ACCEPT -> {
        applications.record(id, step, "ACCEPTED", ApplicationStatus.UNDER_REVIEW, true, comment);
        startClock(application, actor);
      }
      case NOT_ACCEPT ->
          applications.record(
              id, step, "NOT_ACCEPTED", ApplicationStatus.NOT_ACCEPTED, false, comment);
      case APPROVE, DENY -> {
        if (step == Step.ACCEPT) {
          // 即办件: accepted and decided in the one step, due the day it is accepted
          applications.record(id, step, "ACCEPTED", ApplicationStatus.ACCEPTED, true, null);
          startClock(application, actor);
        }
        decide(id, outcome, comment, actor);
      }
      case PASS ->
          applications.record(
              id, step, "PASSED", ApplicationStatus.AWAITING_DECISION, false, comment);
      case REQUEST_SUPPLEMENT -> {
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
                  actor));
        }
      }
      case SPECIAL_PROCEDURE -> {
        PauseReason procedure = SpecialProcedures.named(request.procedure());
        variables.put(StandardApproval.VAR_PROCEDURE, procedure.name());
        applications.recordSpecialProcedure(
            id, "SPECIAL_PROCEDURE_STARTED", procedure.name(), ApplicationStatus.PAUSED, comment);
        applications.updateClock(
            id,
            clocks.pause(id, procedure, ClockLegalBasis.SPECIAL_PROCEDURE_STARTED, comment, actor));
        audit.record(
            TaskAuditAction.SPECIAL_PROCEDURE_STARTED,
            AuditObject.application(id),
            comment,
            Map.of("procedure", procedure, "status", ApplicationStatus.PAUSED));
      }
      case PROCEDURE_FINISHED -> {
        String procedure = procedureUnderWay(id);
        applications.updateClock(
            id, clocks.resume(id, ClockLegalBasis.SPECIAL_PROCEDURE_FINISHED, actor));
        applications.recordSpecialProcedure(
            id, "SPECIAL_PROCEDURE_FINISHED", procedure, ApplicationStatus.UNDER_REVIEW, comment);
        audit.record(
            TaskAuditAction.SPECIAL_PROCEDURE_FINISHED,
            AuditObject.application(id),
            comment,
            Map.of("procedure", procedure, "status", ApplicationStatus.UNDER_REVIEW));
      }
      // the verification process records the outcome; a revocation gives the comment as its reason
      case TRUE, FALSE -> variables.put(CommitmentVerification.VAR_COMMENT, comment);
      // the rectification process records both; the answer waits for the call-back
      case CALLED_BACK -> variables.put(Rectification.VAR_CALL_BACK_NOTE, comment);
      case RECTIFIED -> {
        if (workTasks.hasOpenStep(id, Step.CALL_BACK)) {
          throw ProblemException.conflict("CALL_BACK_FIRST", application.number());
        }
        variables.put(Rectification.VAR_HANDLING, comment);
      }
    }
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

  private void startClock(ApplicationSummary application, String actor) {
    clockStarts.start(
        application,
        LocalDate.ofInstant(clock.instant(), Times.ZONE),
        ClockLegalBasis.ACCEPTED,
        actor);
  }

  private void decide(String applicationId, Outcome outcome, String comment, String actor) {
    clocks.finish(applicationId, actor);
    boolean approved = outcome == Outcome.APPROVE;
    applications.record(
        applicationId,
        Step.DECIDE,
        approved ? "APPROVED" : "DENIED",
        approved ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED,
        false,
        comment);
  }

  /**
   * The task, locked, if the clerk may work it. A task of another department or duty answers 404 as
   * if it did not exist; one finished (or withdrawn with its application) or held by a colleague
   * answers 409.
   */
  private WorkTaskRow workable(String taskId, AuthenticatedUser clerk) {
    WorkTaskRow task = workTasks.lockById(taskId);
    if (!WorkQueue.mayWork(clerk, task)) {
      throw ProblemException.notFound("TASK_NOT_FOUND", taskId);
    }
    if (task.completedAt() != null) {
      throw queue.closed(task);
    }
    if (task.assignee() != null && !task.assignee().equals(clerk.username())) {
      throw ProblemException.conflict("TASK_HELD_BY_OTHER", task.assignee());
    }
    return task;
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
}
