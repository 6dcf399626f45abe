package org.yingzai.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A job of the engine (a timer, an asynchronous step) that still fails after its retries becomes an
 * incident, which operators see: one ERROR line naming the job and the process, and the gauge
 * {@code yingzai.engine.incidents} of the incidents open now (docs/operations.md).
 */
@Component
public class EngineIncidents extends AbstractProcessEnginePlugin implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(EngineIncidents.class);

  // the engine is asked lazily: the plugin is made before the engine it configures
  private final ObjectProvider<ProcessEngine> engine;

  public EngineIncidents(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomIncidentHandlers(
        List.of(new Reported(new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE))));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("yingzai.engine.incidents", this, EngineIncidents::open)
        .description("Incidents of the process engine open now: jobs that failed all their retries")
        .register(registry);
  }

  /** The incidents open now. */
  public long open() {
    return engine.getObject().getRuntimeService().createIncidentQuery().count();
  }

  /** The engine's own handling, and one line for operators. */
  private static final class Reported implements IncidentHandler {

    private final IncidentHandler handler;

    Reported(IncidentHandler handler) {
      this.handler = handler;
    }

    @Override
    public String getIncidentHandlerType() {
      return handler.getIncidentHandlerType();
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      Incident incident = handler.handleIncident(context, message);
      log.error(
          "Incident {}: job {} ({}) of process {} at {} failed after its retries: {}",
          incident.getId(),
          context.getConfiguration(),
          handlerOf(context.getConfiguration()),
          context.getProcessDefinitionId(),
          context.getActivityId(),
          message);
      return incident;
    }

    // a job of no process (a clock's warning timer) is found by its handler and configuration
    private static String handlerOf(String jobId) {
      CommandContext command = Context.getCommandContext();
      JobEntity job = command == null ? null : command.getJobManager().findJobById(jobId);
      return job == null
          ? "?"
          : job.getJobHandlerType() + " " + job.getJobHandlerConfigurationRaw();
    }

    @Override
    public void resolveIncident(IncidentContext context) {
      if (!retriesLeft(context.getConfiguration())) {
        handler.resolveIncident(context);
      }
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      if (!retriesLeft(context.getConfiguration())) {
        handler.deleteIncident(context);
      }
    }

    // a failed job has its incident from the moment its retries run out until they are set again
    // (JobEntity.setRetries): a job with retries left, such as every timer deleted unfired when
    // its step is done, has none to look for
    private static boolean retriesLeft(String jobId) {
      CommandContext command = Context.getCommandContext();
      JobEntity job =
          command == null || jobId == null
              ? null
              : command.getDbEntityManager().getCachedEntity(JobEntity.class, jobId);
      return job != null && job.getRetries() > 0;
    }
  }
}
