package org.yingzai.notifications;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.shared.PageController;

/**
 * The applicant's messages about one application, as a part of the application's page: only the
 * user's own messages, so nothing of anyone else's shows.
 */
@PageController
class ApplicationMessagesPageController {

  private final Inbox inbox;
  private final ApplicationAccess applications;

  ApplicationMessagesPageController(Inbox inbox, ApplicationAccess applications) {
    this.inbox = inbox;
    this.applications = applications;
  }

  @GetMapping("/my/applications/{id}/messages")
  String messages(@PathVariable String id, Model model) {
    applications.visible(id); // the same 404 as the application's page for anyone else's
    model.addAttribute("messages", inbox.forApplication(id));
    return "notifications/application-messages :: messages";
  }
}
