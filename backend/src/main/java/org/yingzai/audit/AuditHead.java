package org.yingzai.audit;

/** The last appended record: its seq and hash (seq 0 and the genesis hash for an empty trail). */
record AuditHead(long seq, String hash) {}
