package org.yingzai.processes;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the parallel approval process asks, in its expressions, of the bean named {@link
 * ParallelApproval#BEAN_MEMBERS}. An interface, so that the expressions can call a bean whose class
 * is not public.
 */
public interface ParallelMembers {

  /** The application ids of the group whose business key the execution carries. */
  List<String> members(DelegateExecution execution);

  /** The key of the approval process of the application's item. */
  String processKey(String applicationId);
}
