package org.yingzai.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * History FULL, but the engine's job log keeps what a timer did when it ran (its success or
 * failure), not each arming and disarming: every task carries a step timer and the acceptance its
 * §32 timer, most of them deleted unfired when the step is done, and logging both ends of each cost
 * two log rows and a job definition lookup per timer. Timers that a module records itself ({@link
 * UnloggedTimers}) leave no job log at all. Running jobs, messages and every other history are
 * logged as FULL logs them.
 */
@Component
public class TimerJobLog extends AbstractProcessEnginePlugin {

  private final ObjectProvider<UnloggedTimers> unlogged;

  TimerJobLog(ObjectProvider<UnloggedTimers> unlogged) {
    this.unlogged = unlogged;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    // named "full" as the built-in level, and after it: the engine takes the last of that name
    levels.add(
        new FullWithoutTimerArming(
            unlogged
                .orderedStream()
                .map(UnloggedTimers::jobHandlerType)
                .collect(Collectors.toSet())));
    configuration.setCustomHistoryLevels(levels);
  }

  /** FULL, with the same id and name (the database's recorded level stays FULL). */
  static final class FullWithoutTimerArming extends HistoryLevelFull {

    private final Set<String> unloggedTypes;

    // a set of its own that may be asked for a timer without a type
    FullWithoutTimerArming(Set<String> unloggedTypes) {
      this.unloggedTypes = new HashSet<>(unloggedTypes);
    }

    // the engine asks with the job itself for each of its job log's events
    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof TimerEntity timer
          && (eventType == HistoryEventTypes.JOB_CREATE
              || eventType == HistoryEventTypes.JOB_DELETE
              || unloggedTypes.contains(timer.getJobHandlerType()))) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    // the engine asks "is the level FULL?" by equality with its own FULL instance
    @Override
    public boolean equals(Object other) {
      return other instanceof HistoryLevel level && level.getId() == getId();
    }

    @Override
    public int hashCode() {
      return getId();
    }
  }
}
