package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** Where the approval path waits and how long its steps took, per task and per sequence flow. */
record ProcessHeatmapResponse(
    String processKey,
    int processVersion,
    @Schema(description = "first day of the period (Asia/Shanghai), included") LocalDate from,
    @Schema(description = "last day of the period, included") LocalDate to,
    String department,
    String item,
    List<TaskHeat> tasks,
    List<FlowHeat> flows) {

  /**
   * A user task: the work waiting there now, and the tasks finished in the period with the hours
   * they took (wall-clock, from the task's creation to its completion).
   */
  record TaskHeat(
      String key,
      String name,
      long waiting,
      long finished,
      @Schema(description = "median hours taken; null when none finished") Double medianHours,
      @Schema(description = "90th percentile of hours taken; null when none finished")
          Double p90Hours) {}

  /**
   * A sequence flow and how often it was taken in the period; null where the outcomes of tasks do
   * not tell (the start, the §32 timer's path, a withdrawal).
   */
  record FlowHeat(String id, String name, String source, String target, Long taken) {}
}
