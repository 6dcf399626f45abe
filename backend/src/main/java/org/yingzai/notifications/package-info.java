/** Notifications: the in-app inbox of clerks, supervisors and applicants. */
package org.yingzai.notifications;
