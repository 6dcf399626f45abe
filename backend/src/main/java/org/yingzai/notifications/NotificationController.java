package org.yingzai.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "站内消息")
class NotificationController {

  private final Inbox inbox;

  NotificationController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  @Operation(summary = "The caller's messages, newest first; unread=true for the unread ones")
  PageResponse<NotificationResponse> mine(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return inbox.mine(unread, PageRequest.of(page, size));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Mark one of the caller's messages read")
  NotificationResponse read(@PathVariable long id) {
    return inbox.markRead(id);
  }
}
