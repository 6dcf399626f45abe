package org.yingzai.projects;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.clock.WarningLevel;

/**
 * What the supervisor's board shows of construction projects: the stages' clocks and key projects.
 */
@Service
public class ProjectStatistics {

  /**
   * The stages being handled in parallel now, by warning level (a stage whose clock has not started
   * has none yet), how many of them are paused as a whole, and the key projects.
   */
  public record StageOverview(
      long inProgress,
      Map<WarningLevel, Long> byWarningLevel,
      long notStarted,
      long paused,
      long keyProjects,
      long keyProjectStagesInProgress) {}

  private final ProjectMapper mapper;

  ProjectStatistics(ProjectMapper mapper) {
    this.mapper = mapper;
  }

  @Transactional(readOnly = true)
  public StageOverview stages() {
    Map<WarningLevel, Long> byLevel = new EnumMap<>(WarningLevel.class);
    long inProgress = 0;
    long notStarted = 0;
    long paused = 0;
    for (ProjectMapper.StageCount count : mapper.countStagesInProgress()) {
      inProgress += count.stages();
      if (count.warningLevel() == null) {
        notStarted += count.stages();
      } else {
        byLevel.merge(count.warningLevel(), count.stages(), Long::sum);
      }
      if (count.clockPaused()) {
        paused += count.stages();
      }
    }
    return new StageOverview(
        inProgress,
        byLevel,
        notStarted,
        paused,
        mapper.countKeyProjects(),
        mapper.countKeyProjectStagesInProgress());
  }
}
