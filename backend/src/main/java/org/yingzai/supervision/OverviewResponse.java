package org.yingzai.supervision;

import java.util.List;
import java.util.Map;

/**
 * The supervisor's timing board: open applications by warning level and department, the on-time
 * rate, and for each item the legal and promised limits against the time actually used.
 *
 * @param awaitingAcceptance open applications not accepted yet, whose clock has not started
 * @param overdueByBasis open applications past their deadline, by {@link DeadlineBasis}: {@code
 *     PROMISED} (the RED ones) and {@code LEGAL}
 */
record OverviewResponse(
    long open,
    Map<String, Long> byWarningLevel,
    long awaitingAcceptance,
    Map<String, Long> overdueByBasis,
    List<DepartmentLoad> byDepartment,
    long finished,
    long finishedOnTime,
    Double onTimeRate,
    List<ItemTiming> items) {

  record DepartmentLoad(
      String code,
      String name,
      long open,
      Map<String, Long> byWarningLevel,
      long awaitingAcceptance,
      Map<String, Long> overdueByBasis) {}

  /**
   * @param medianWorkingDays net time used (pauses not counted), in the item's limit unit
   * @param promisedReduction 1 − promised / legal
   * @param actualReduction 1 − median used / legal
   */
  record ItemTiming(
      String code,
      String name,
      String departmentCode,
      String limitUnit,
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
