package org.yingzai.clock;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.yingzai.shared.TimerLag;
import org.yingzai.shared.UnloggedTimers;

/**
 * Runs a clock's warning timer when it falls due (on whichever node's job executor takes it):
 * records the level the ledger gives now and arms the next timer. Registered with the engine as a
 * job handler of its own type. The engine keeps no job log of these timers ({@link
 * UnloggedTimers}): {@code warning_event} records what each one did, and a job log of a job without
 * a process instance would never be cleaned with the history (it is removed with its process
 * instance's end time).
 */
@Component
class WarningTimerHandler extends AbstractProcessEnginePlugin
    implements JobHandler<WarningTimerHandler.ClockOf>, UnloggedTimers {

  /** The job handler type of the warning timers in the engine's job table. */
  static final String TYPE = "yingzai-warning-timer";

  /** The job's configuration: the application whose clock it is. */
  record ClockOf(String applicationId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return applicationId;
    }
  }

  // asked lazily: the handler is registered before the engine its collaborators use is built
  private final ObjectProvider<WarningService> warnings;
  private final ObjectProvider<WarningTimers> timers;
  private final TimerLag lag;

  WarningTimerHandler(
      ObjectProvider<WarningService> warnings, ObjectProvider<WarningTimers> timers, TimerLag lag) {
    this.warnings = warnings;
    this.timers = timers;
    this.lag = lag;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      handlers.addAll(configuration.getCustomJobHandlers());
    }
    handlers.add(this);
    configuration.setCustomJobHandlers(handlers);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public String jobHandlerType() {
    return TYPE;
  }

  @Override
  public void execute(
      ClockOf configuration,
      ExecutionEntity execution,
      CommandContext commandContext,
      String tenantId) {
    String applicationId = configuration.applicationId();
    LockedSchedule schedule = warnings.getObject().record(applicationId, WarningCause.TIMER);
    timers.getObject().armAfter(commandContext.getCurrentJob().getId(), schedule);
    lag.fired(TimerLag.WARNING);
  }

  @Override
  public ClockOf newConfiguration(String canonicalString) {
    return new ClockOf(canonicalString);
  }

  @Override
  public void onDelete(ClockOf configuration, JobEntity jobEntity) {
    // the clock's row names the job it armed; a dropped job leaves nothing else behind
  }
}
