package org.yingzai.clock;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.processes.LegalClock;

/**
 * Keeps each clock's legal clock process in step with its ledger, inside the transaction that
 * changed the ledger: started with the clock, told of every pause, resumption and extension with
 * fresh timer moments, and stopped with the clock (at the decision or the withdrawal).
 */
@Component
class LegalClockSync {

  private final WarningService warnings;
  private final RuntimeService runtime;

  LegalClockSync(WarningService warnings, RuntimeService runtime) {
    this.warnings = warnings;
    this.runtime = runtime;
  }

  /**
   * Derives the clock's level and timer moments afresh after a calendar change, and re-arms its
   * legal clock process; a paused clock keeps its level and gets no timer (as the warnings derive
   * it).
   */
  void rearm(String applicationId) {
    WarningSchedule schedule = warnings.record(applicationId, WarningCause.CALENDAR_CHANGED);
    ProcessInstance instance = instance(applicationId);
    if (instance != null) {
      changed(instance, schedule);
    }
  }

  private void changed(ProcessInstance instance, WarningSchedule schedule) {
    runtime
        .createMessageCorrelation(LegalClock.MESSAGE_CLOCK_CHANGED)
        .processInstanceId(instance.getId())
        .setVariables(schedule.variables())
        .correlate();
  }

  private ProcessInstance instance(String applicationId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(LegalClock.PROCESS_KEY)
        .processInstanceBusinessKey(applicationId)
        .singleResult();
  }

  @EventListener
  void on(ClockChanged change) {
    String applicationId = change.applicationId();
    if (change.finished()) {
      if (!change.withdrawn()) {
        // a withdrawn application's level stays as it was: it was not decided on time or late
        warnings.record(applicationId, WarningCause.STOPPED);
      }
      // only the legal clock waits for this message under the application's key: one lookup
      runtime
          .createMessageCorrelation(LegalClock.MESSAGE_CLOCK_STOPPED)
          .processInstanceBusinessKey(applicationId)
          .correlateAllWithResult();
      return;
    }
    WarningSchedule schedule =
        switch (change.kind()) {
          case PAUSED -> warnings.schedule(applicationId);
          case RUNNING ->
              warnings.record(
                  applicationId, change.started() ? WarningCause.STARTED : WarningCause.RESUMED);
          case EXTENDED -> warnings.record(applicationId, WarningCause.EXTENDED);
        };
    // a clock just started has no process yet; a later change finds it (if it ran before this
    // process existed, it gets one now)
    ProcessInstance instance = change.started() ? null : instance(applicationId);
    if (instance == null) {
      Map<String, Object> variables = new HashMap<>(schedule.variables());
      variables.put(LegalClock.VAR_APPLICATION_ID, applicationId);
      runtime.startProcessInstanceByKey(LegalClock.PROCESS_KEY, applicationId, variables);
    } else {
      changed(instance, schedule);
    }
  }
}
