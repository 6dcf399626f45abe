package org.yingzai.notifications;

/** A way a notice leaves the service hall besides the in-app inbox, which every user has. */
enum Channel {
  EMAIL,
  SMS
}
