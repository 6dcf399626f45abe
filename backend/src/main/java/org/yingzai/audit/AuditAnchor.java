package org.yingzai.audit;

import java.time.Instant;
import java.time.LocalDate;

/** The head of the trail as it was written aside on a day. */
record AuditAnchor(LocalDate day, long seq, String hash, Instant anchoredAt) {}
