package org.yingzai.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/notification-settings")
@Tag(name = "Notifications", description = "站内消息")
class NotificationSettingsController {

  private final NotificationSettings settings;

  NotificationSettingsController(NotificationSettings settings) {
    this.settings = settings;
  }

  @GetMapping
  @Operation(summary = "The caller's notice channels besides the inbox, and which are available")
  NotificationSettingsResponse mine() {
    return settings.mine();
  }

  @PutMapping
  @Operation(
      summary = "Set the caller's e-mail address and mobile number and whether each is wanted",
      description =
          "400 NOTIFICATION_EMAIL_INVALID, NOTIFICATION_MOBILE_INVALID, NOTIFICATION_EMAIL_REQUIRED"
              + " (e-mail wanted without an address), NOTIFICATION_MOBILE_REQUIRED; a refused"
              + " request changes nothing.")
  NotificationSettingsResponse update(@RequestBody NotificationSettingsRequest request) {
    return settings.update(request);
  }
}
