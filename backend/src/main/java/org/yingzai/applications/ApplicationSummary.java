package org.yingzai.applications;

import org.yingzai.applications.ApplicationMapper.SummaryRow;
import org.yingzai.catalog.HandlingType;

/** What other modules need to know of an application to work on it. */
public record ApplicationSummary(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    long enterpriseId,
    HandlingType handlingType,
    ApplicationStatus status,
    String processInstanceId) {

  static ApplicationSummary of(SummaryRow row, String itemName) {
    return new ApplicationSummary(
        row.id(),
        row.number(),
        row.itemCode(),
        itemName,
        row.departmentCode(),
        row.enterpriseId(),
        row.handlingType(),
        row.status(),
        row.processInstanceId());
  }
}
