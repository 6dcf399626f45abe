/**
 * Notifications: the in-app inbox of clerks, supervisors and applicants, and the outbox that sends
 * the same notices by e-mail and SMS to those who chose them.
 */
package org.yingzai.notifications;
