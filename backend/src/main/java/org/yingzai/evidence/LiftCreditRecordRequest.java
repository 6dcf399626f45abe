package org.yingzai.evidence;

/** An administrator lifts a credit record, with the reason. */
record LiftCreditRecordRequest(String reason) {}
