/**
 * The audit trail (审计): one append-only, hash-chained record per action, written in the same
 * transaction as the action, its verification, and what supervisors read of it.
 */
package org.yingzai.audit;
