package org.yingzai.applications;

import java.time.Instant;
import java.util.List;

/**
 * The applicant withdrew an application (撤回) before its decision; published inside the transaction
 * that withdrew it.
 *
 * @param openGroups the candidate groups of the tasks that were open when it was withdrawn, such as
 *     {@code planning:review}, whose holders were working on it
 */
public record ApplicationWithdrawn(
    String applicationId,
    String number,
    String itemName,
    String departmentCode,
    long enterpriseId,
    ApplicationStatus withdrawnFrom,
    String reason,
    List<String> openGroups,
    Instant at) {}
