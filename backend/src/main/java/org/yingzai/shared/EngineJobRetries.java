package org.yingzai.shared;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A failed job that belongs to no BPMN activity the engine could read a retry cycle from (the
 * clocks' warning timers, the step timers of timeout listeners) is tried again after the interval
 * of {@code failed-job-retry-time-cycle}, as the engine's other jobs are, instead of at once: a
 * database that restarts has time to come back before the job's retries run out.
 */
@Component
public class EngineJobRetries extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(Spaced::new);
  }

  /** The engine's retry command; where it would retry at once, it waits the cycle's interval. */
  static final class Spaced extends DefaultJobRetryCmd {

    Spaced(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    protected void executeStandardStrategy(CommandContext commandContext) {
      super.executeStandardStrategy(commandContext);
      JobEntity job = getJob();
      String cycle = Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle();
      if (job == null || job.getRetries() <= 0 || cycle == null) {
        return;
      }
      job.setDuedate(next(cycle));
    }

    private static Date next(String cycle) {
      try {
        return new DurationHelper(cycle).getDateAfter();
      } catch (Exception e) {
        throw new IllegalStateException(
            "failed-job-retry-time-cycle " + cycle + " is unreadable", e);
      }
    }
  }
}
