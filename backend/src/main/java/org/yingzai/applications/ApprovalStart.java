package org.yingzai.applications;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.processes.StandardApproval;

/**
 * A complete draft becomes a submitted application: its proofs fixed, its number and query code,
 * its item's approval process started with the §32 receipt, and the timeline's first entry.
 */
@Component
class ApprovalStart {

  private final ApplicationMapper mapper;
  private final ProofChecks proofs;
  private final ApplicationNumbers numbers;
  private final Receipts receipts;
  private final RuntimeService runtime;
  private final Timeline timeline;
  private final ApplicationMetrics metrics;

  ApprovalStart(
      ApplicationMapper mapper,
      ProofChecks proofs,
      ApplicationNumbers numbers,
      Receipts receipts,
      RuntimeService runtime,
      Timeline timeline,
      ApplicationMetrics metrics) {
    this.mapper = mapper;
    this.proofs = proofs;
    this.numbers = numbers;
    this.receipts = receipts;
    this.runtime = runtime;
    this.timeline = timeline;
    this.metrics = metrics;
  }

  void start(ApplicationRow row, ProofContext context, AuthenticatedUser applicant, Instant now) {
    Map<String, Object> variables = markSubmitted(row, context, now);
    String processInstanceId =
        runtime.startProcessInstanceByKey(context.item().processKey(), row.id(), variables).getId();
    mapper.setProcessInstance(row.id(), processInstanceId);
    recordSubmitted(row, applicant);
  }

  /**
   * Everything of a submission but starting the approval process, for a caller that starts it
   * itself (a joint submission): the proofs fixed, the number and query code written.
   *
   * @return the variables the item's approval process starts with
   */
  Map<String, Object> markSubmitted(ApplicationRow row, ProofContext context, Instant now) {
    proofs.submitted(context);
    // the number is written first: the task listeners copy it into the work queue
    mapper.markSubmitted(row.id(), numbers.next(now), QueryCodes.next(), now);
    return variables(row, now);
  }

  /** The timeline's first entry and the count of submissions. */
  void recordSubmitted(ApplicationRow row, AuthenticatedUser applicant) {
    timeline.add(row.id(), Step.SUBMISSION, "SUBMITTED", applicant, null);
    metrics.submitted();
  }

  /**
   * The variables an application's approval process starts with, received at {@code receivedAt}.
   */
  Map<String, Object> variables(ApplicationRow row, Instant receivedAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(StandardApproval.VAR_APPLICATION_ID, row.id());
    variables.put(StandardApproval.VAR_DEPARTMENT, row.departmentCode());
    variables.put(StandardApproval.VAR_HANDLING_TYPE, row.handlingType().name());
    variables.put(StandardApproval.VAR_APPLICANT_GROUP, "enterprise:" + row.enterpriseId());
    variables.putAll(receipts.of(receivedAt));
    return variables;
  }
}
