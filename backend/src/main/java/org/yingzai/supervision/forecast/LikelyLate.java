package org.yingzai.supervision.forecast;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One application of the "likely late" list.
 *
 * @param deadline the promised deadline (承诺期限), which the probability is about
 * @param deadlineProvisional whether the deadline counts a day of a year without a published
 *     calendar, so that it may move once that year is published
 * @param estimatedFinish the day the model expects the decision, pauses included
 * @param probability the chance of missing the promised deadline, 0 to 1
 * @param remainingWorkingDays the running working days the model expects it still needs
 * @param workingDaysLeft the working days its clock has left, today and the deadline day included
 * @param reasons why, in words, most telling first
 */
record LikelyLate(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    String departmentName,
    OffsetDateTime deadline,
    boolean deadlineProvisional,
    LocalDate estimatedFinish,
    double probability,
    double remainingWorkingDays,
    int workingDaysLeft,
    List<String> reasons) {}
