package org.yingzai.evidence;

import java.time.LocalDate;

/**
 * An administrator records an enterprise on the dishonesty list.
 *
 * @param kind {@code FALSE_COMMITMENT} or {@code DISHONEST_LIST}
 * @param validUntil the last day the record is active (Asia/Shanghai); none until lifted
 * @param applicationId the application it arose from, if any
 */
record CreditRecordRequest(
    String creditCode, String kind, String reason, LocalDate validUntil, String applicationId) {}
