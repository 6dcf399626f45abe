package org.yingzai.supervision;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.supervision.UrgeRequests.FeedbackRequest;

/** The urges (督办) to the clerk's department, open ones first, answered with written feedback. */
@PageController
class UrgePageController {

  private static final int PAGE_SIZE = 20;

  private final UrgeService urges;
  private final Validator validator;
  private final MessageSource messages;

  UrgePageController(UrgeService urges, Validator validator, MessageSource messages) {
    this.urges = urges;
    this.validator = validator;
    this.messages = messages;
  }

  @GetMapping("/workbench/urges")
  String urges(@RequestParam(required = false) Integer page, Model model) {
    return page(page, null, null, null, model);
  }

  @PostMapping("/workbench/urges/{id}/feedback")
  String answer(
      @PathVariable long id,
      @RequestParam(required = false) String feedback,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    if (!validator.validate(new FeedbackRequest(feedback)).isEmpty()) {
      response.setStatus(422);
      String message =
          messages.getMessage(
              "urges.feedbackRequired",
              null,
              "urges.feedbackRequired",
              LocaleContextHolder.getLocale());
      return page(null, id, feedback, message, model);
    }
    UrgeResponse answered = urges.answer(id, feedback);
    redirect.addFlashAttribute(
        "done",
        messages.getMessage(
            "urges.answered",
            new Object[] {answered.applicationNumber()},
            LocaleContextHolder.getLocale()));
    return "redirect:/workbench/urges";
  }

  private String page(Integer page, Long failedId, String typed, String error, Model model) {
    PageResponse<UrgeResponse> open = urges.ofMyDepartment(true, PageRequest.of(0, 100));
    PageResponse<UrgeResponse> answered =
        urges.ofMyDepartment(false, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("open", open);
    model.addAttribute("answered", answered);
    model.addAttribute(
        "pages", Math.max(1, (answered.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute(
        "failed",
        failedId == null
            ? Map.of()
            : Map.of("id", failedId, "typed", typed == null ? "" : typed, "error", error));
    return "supervision/urges";
  }
}
