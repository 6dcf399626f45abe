package org.yingzai.applications;

/** What other modules need to know of an application to work on it. */
public record ApplicationSummary(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    long enterpriseId,
    String handlingType,
    ApplicationStatus status,
    String processInstanceId) {}
