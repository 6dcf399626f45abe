package org.yingzai.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user's channel choices, and whether each channel's transport is configured: a channel that is
 * not available sends nothing, whatever is chosen.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NotificationSettingsResponse(
    String email,
    boolean emailEnabled,
    boolean emailAvailable,
    String mobile,
    boolean smsEnabled,
    boolean smsAvailable) {}
