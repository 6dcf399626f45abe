package org.yingzai.supervision;

import java.util.List;
import java.util.Map;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.WarningLevel;
import org.yingzai.projects.ProjectStatistics;

/**
 * The supervisor's timing board: open applications by warning level and department, the on-time
 * rate, and for each item the legal and promised limits against the time actually used.
 *
 * @param awaitingAcceptance open applications not accepted yet, whose clock has not started
 * @param overdueByBasis open applications past their deadline, by {@link DeadlineBasis}: {@code
 *     PROMISED} (the RED ones) and {@code LEGAL}
 * @param projectStages the construction projects' stages being handled, by the level of the stage's
 *     own clock, and the key projects; only on the board of every department and item
 */
record OverviewResponse(
    long open,
    Map<WarningLevel, Long> byWarningLevel,
    long awaitingAcceptance,
    Map<DeadlineBasis, Long> overdueByBasis,
    List<DepartmentLoad> byDepartment,
    long finished,
    long finishedOnTime,
    Double onTimeRate,
    List<ItemTiming> items,
    ProjectStatistics.StageOverview projectStages) {

  record DepartmentLoad(
      String code,
      String name,
      long open,
      Map<WarningLevel, Long> byWarningLevel,
      long awaitingAcceptance,
      Map<DeadlineBasis, Long> overdueByBasis) {}

  /**
   * @param medianWorkingDays net time used (pauses not counted), in the item's limit unit
   * @param promisedReduction 1 − promised / legal
   * @param actualReduction 1 − median used / legal
   */
  record ItemTiming(
      String code,
      String name,
      String departmentCode,
      LimitUnit limitUnit,
      int legalLimit,
      int promisedLimit,
      long finished,
      long finishedOnTime,
      Double onTimeRate,
      Integer medianWorkingDays,
      Integer p90WorkingDays,
      Double promisedReduction,
      Double actualReduction) {}
}
