package org.yingzai.applications;

import org.yingzai.applications.ApplicationMapper.ApplicationRow;

/**
 * What other modules need to know of an application to work on it.
 *
 * @param handlingType {@code INSTANT} or {@code COMMITTED}, as the approval process's variable
 *     names it
 */
public record ApplicationSummary(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    long enterpriseId,
    String handlingType,
    ApplicationStatus status,
    String processInstanceId) {

  static ApplicationSummary of(ApplicationRow row, String itemName) {
    return new ApplicationSummary(
        row.id(),
        row.number(),
        row.itemCode(),
        itemName,
        row.departmentCode(),
        row.enterpriseId(),
        row.handlingType().name(),
        row.status(),
        row.processInstanceId());
  }
}
