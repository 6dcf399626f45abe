package org.yingzai.notifications;

/**
 * A user's channel choices: an e-mail address and a mobile number (either may be left empty), and
 * whether each is wanted. The in-app inbox is always on.
 */
record NotificationSettingsRequest(
    String email, Boolean emailEnabled, String mobile, Boolean smsEnabled) {}
