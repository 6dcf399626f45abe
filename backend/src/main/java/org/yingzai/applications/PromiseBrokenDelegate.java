package org.yingzai.applications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.MaterialPromise;

/** A promised material's day passed without it: record the promise broken. */
@Component(MaterialPromise.DELEGATE_BROKEN)
class PromiseBrokenDelegate implements JavaDelegate {

  private final MaterialPromises promises;

  PromiseBrokenDelegate(MaterialPromises promises) {
    this.promises = promises;
  }

  @Override
  public void execute(DelegateExecution execution) {
    promises.broken(Long.parseLong((String) execution.getVariable(MaterialPromise.VAR_PROMISE_ID)));
  }
}
