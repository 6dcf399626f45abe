package org.yingzai.applications;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * The applicant withdraws an application (撤回) before its decision, with a reason: in one
 * transaction the approval process ends (its open task, the step timers and the §32 timer with it),
 * the clock stops with its level as it was, and the status, the timeline and the audit trail say
 * who withdrew it and why. A draft is not withdrawn: it was never submitted, and simply stays
 * unsent.
 */
@Service
class Withdrawals {

  static final int MAX_REASON = 500;

  /** Tries of a withdrawal that met a concurrent change of the engine's rows (a timer, a claim). */
  private static final int ATTEMPTS = 3;

  private final ApplicationAccess access;
  private final ApprovalWithdrawal approval;
  private final ApplicationClocks clocks;
  private final StepRecords steps;
  private final ApplicationViews views;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  Withdrawals(
      ApplicationAccess access,
      ApprovalWithdrawal approval,
      ApplicationClocks clocks,
      StepRecords steps,
      ApplicationViews views,
      AuditTrail audit,
      PlatformTransactionManager transactions) {
    this.access = access;
    this.approval = approval;
    this.clocks = clocks;
    this.steps = steps;
    this.views = views;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} unless it is the caller's
   *     enterprise's; 400 {@code WITHDRAWAL_REASON_REQUIRED} or {@code WITHDRAWAL_REASON_TOO_LONG};
   *     409 {@code APPLICATION_NOT_WITHDRAWABLE} for a draft or a finished application
   */
  ApplicationResponse withdraw(String applicationId, String reason) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> withdrawNow(applicationId, reason));
      } catch (RuntimeException e) {
        if (!concurrent(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw ProblemException.conflict("APPLICATION_BUSY");
        }
      }
    }
  }

  private ApplicationResponse withdrawNow(String applicationId, String reason) {
    // the application's lock comes first, as for a clerk completing its task
    ApplicationRow row = access.lockOwned(applicationId);
    String given = StringUtils.hasText(reason) ? reason.strip() : null;
    if (given == null) {
      throw ProblemException.badRequest("WITHDRAWAL_REASON_REQUIRED");
    }
    if (given.length() > MAX_REASON) {
      throw ProblemException.badRequest("WITHDRAWAL_REASON_TOO_LONG", MAX_REASON);
    }
    ApplicationStatus from = row.status();
    if (!from.isWithdrawable()) {
      throw ProblemException.conflict(
          "APPLICATION_NOT_WITHDRAWABLE", row.number() == null ? row.id() : row.number(), from);
    }
    Step step = ProgressQuery.currentStep(from);
    String actor = CurrentUser.get().username();
    List<String> openGroups = approval.openGroups(row.processInstanceId());
    approval.end(row.processInstanceId());
    clocks.withdraw(row.id(), actor);
    steps.withdraw(row, step, given, openGroups);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("from", from);
    change.put("step", step);
    change.put("status", ApplicationStatus.WITHDRAWN);
    audit.record(
        ApplicationAuditAction.WITHDRAWN, AuditObject.application(row.id()), given, change);
    return views.current(row.id());
  }

  /**
   * A concurrent change of the same rows (the engine's optimistic lock, or a deadlock the database
   * broke by rolling this transaction back): worth another try.
   */
  private static boolean concurrent(RuntimeException e) {
    if (e instanceof OptimisticLockingException || e instanceof ConcurrencyFailureException) {
      return true;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
        return true;
      }
    }
    return false;
  }
}
