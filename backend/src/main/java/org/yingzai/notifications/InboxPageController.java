package org.yingzai.notifications;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/** The logged-in user's messages, newest first, each marked read with one click. */
@PageController
class InboxPageController {

  private static final int PAGE_SIZE = 20;

  private final Inbox inbox;

  InboxPageController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/inbox")
  String inbox(@RequestParam(required = false) Integer page, Model model) {
    PageResponse<NotificationResponse> messages =
        inbox.mine(false, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("messages", messages);
    model.addAttribute(
        "pages", Math.max(1, (messages.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("applicationLink", applicationLink(CurrentUser.get()));
    return "notifications/inbox";
  }

  /** Marks a message read: htmx gets the message again, a plain form goes back to the inbox. */
  @PostMapping("/inbox/{id}/read")
  String read(@PathVariable long id, HttpServletRequest request, Model model) {
    NotificationResponse message = inbox.markRead(id);
    if (request.getHeader("HX-Request") != null) {
      model.addAttribute("message", message);
      model.addAttribute("applicationLink", applicationLink(CurrentUser.get()));
      return "notifications/inbox :: message";
    }
    return "redirect:/inbox";
  }

  /**
   * Where a message's application opens for this user: a clerk's open task of it (or the
   * application), an enterprise's own application page; nowhere for other roles.
   */
  private static String applicationLink(AuthenticatedUser user) {
    return switch (user.role()) {
      case CLERK -> "/workbench/applications/";
      case ENTERPRISE -> "/my/applications/";
      default -> null;
    };
  }
}
