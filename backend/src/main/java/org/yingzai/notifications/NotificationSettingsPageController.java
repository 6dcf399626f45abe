package org.yingzai.notifications;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/** Where a user chooses to be told by e-mail or text message besides the inbox. */
@PageController
class NotificationSettingsPageController {

  private final NotificationSettings settings;
  private final MessageSource messages;

  NotificationSettingsPageController(NotificationSettings settings, MessageSource messages) {
    this.settings = settings;
    this.messages = messages;
  }

  @GetMapping("/inbox/settings")
  String settings(Model model) {
    model.addAttribute("settings", settings.mine());
    return "notifications/settings";
  }

  @PostMapping("/inbox/settings")
  String save(
      @RequestParam(required = false) String email,
      @RequestParam(defaultValue = "false") boolean emailEnabled,
      @RequestParam(required = false) String mobile,
      @RequestParam(defaultValue = "false") boolean smsEnabled,
      HttpServletResponse response,
      Model model) {
    NotificationSettingsRequest request =
        new NotificationSettingsRequest(email, emailEnabled, mobile, smsEnabled);
    try {
      settings.update(request);
      return "redirect:/inbox/settings?saved";
    } catch (ProblemException refused) {
      response.setStatus(refused.status().value());
      NotificationSettingsResponse current = settings.mine();
      // the form shows what was typed, with the refusal
      model.addAttribute(
          "settings",
          new NotificationSettingsResponse(
              email,
              emailEnabled,
              current.emailAvailable(),
              mobile,
              smsEnabled,
              current.smsAvailable()));
      model.addAttribute("errorField", refused.code().contains("EMAIL") ? "email" : "mobile");
      model.addAttribute(
          "settingsError",
          messages.getMessage(
              "problem." + refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
      return "notifications/settings";
    }
  }
}
