package org.yingzai.applications;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.yingzai.processes.StandardApproval;

/**
 * Ends the approval process of a withdrawn application inside the withdrawing transaction: the
 * message {@link StandardApproval#MESSAGE_WITHDRAWN} cancels the open task with its timers and ends
 * the instance at its withdrawn end; the engine's task events close the work queue rows as they do
 * for every cancelled task.
 */
@Component
class ApprovalWithdrawal {

  /** The delete reason of an instance of an earlier model, which has no withdrawal of its own. */
  static final String DELETE_REASON = "WITHDRAWN";

  private final RuntimeService runtime;
  private final TaskService tasks;

  ApprovalWithdrawal(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** The candidate groups of the instance's open tasks, in the order the tasks were created. */
  List<String> openGroups(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(Task::getId)
        .flatMap(id -> tasks.getIdentityLinksForTask(id).stream())
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(link -> link.getGroupId())
        .filter(group -> group != null)
        .distinct()
        .toList();
  }

  /** Ends the instance, if it still runs. */
  void end(String processInstanceId) {
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return;
    }
    // asked first: a failed correlation would mark the whole transaction for rollback
    boolean modelled =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(processInstanceId)
                .eventType("message")
                .eventName(StandardApproval.MESSAGE_WITHDRAWN)
                .count()
            > 0;
    if (modelled) {
      runtime
          .createMessageCorrelation(StandardApproval.MESSAGE_WITHDRAWN)
          .processInstanceId(processInstanceId)
          .correlate();
    } else {
      // an instance started on a model without the withdrawal: deleted with its listeners and
      // timers
      runtime.deleteProcessInstance(processInstanceId, DELETE_REASON, false, true);
    }
  }
}
